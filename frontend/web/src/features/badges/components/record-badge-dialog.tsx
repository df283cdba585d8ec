import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { useDueItemsMessages } from '../../due-items/i18n/use-due-items-messages';
import { DATE_FORMAT, toPartyDate } from '../../orgs/lib/party-date';
import { recordBadge, type BadgeCandidate } from '../api/badges-api';

interface Values {
  decisionNumber?: string;
  decisionDate?: Dayjs;
  badgeNumber?: string;
}

const FIELDS = ['decisionNumber', 'decisionDate', 'badgeNumber', 'milestone', 'occasionDate', 'basis'] as const;

/** "Ghi nhận đã trao": the award decision of one member on the list, written into the badge register. */
export function RecordBadgeDialog(props: { row: BadgeCandidate; occasion: string; onClose: (saved: boolean) => void }) {
  const { t, d } = useDueItemsMessages();
  const r = d.badges.record;
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t.common.required }];

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      await recordBadge(api, props.row.memberId, {
        milestone: props.row.milestone,
        occasionDate: props.occasion,
        basis: props.row.basis,
        decisionNumber: values.decisionNumber?.trim() ?? '',
        decisionDate: values.decisionDate ? toPartyDate(values.decisionDate) : '',
        badgeNumber: values.badgeNumber?.trim() || undefined,
      });
      void message.success(fill(r.done, { name: props.row.fullName, n: props.row.milestone }));
      props.onClose(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={fill(r.title, { name: props.row.fullName, n: props.row.milestone })}
      open
      form={form}
      busy={busy}
      okText={r.save}
      general={errors.general}
      onSubmit={(values) => void submit(values)}
      onCancel={() => props.onClose(false)}
    >
      <Form.Item label={r.decisionNumber} name="decisionNumber" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input maxLength={50} placeholder="1250-QĐ/TU" autoFocus />
      </Form.Item>
      <Form.Item label={r.decisionDate} name="decisionDate" rules={required}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={r.badgeNumber} name="badgeNumber">
        <Input maxLength={30} />
      </Form.Item>
    </FormModal>
  );
}
