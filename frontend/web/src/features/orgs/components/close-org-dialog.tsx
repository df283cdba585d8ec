import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate, partyToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { closeOrg, type Org } from '../api/orgs-api';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../lib/party-date';

interface Values {
  validTo: Dayjs;
  reason?: string;
}

const FIELDS = ['validTo', 'reason'];

/** Dissolution from a date, with the reason (decision number); confirmed in a second dialog. */
export function CloseOrgDialog({ org, onDone, onCancel }: { org: Org; onDone: (org: Org) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = (values: Values) => {
    const validTo = toPartyDate(values.validTo);
    const names = { org: org.name, date: formatPartyDate(validTo) };
    modal.confirm({
      title: fill(t.orgs.confirmClose, names),
      content: t.orgs.confirmCloseBody,
      okText: t.orgs.actions.close,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        setBusy(true);
        errors.clear();
        try {
          onDone(await closeOrg(api, org, validTo, values.reason?.trim() || undefined));
        } catch (error) {
          errors.show(error);
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return (
    <FormModal<Values>
      title={`${t.orgs.actions.close}: ${org.name}`}
      open
      form={form}
      busy={busy}
      danger
      okText={t.orgs.actions.close}
      general={errors.general}
      initialValues={{ validTo: fromPartyDate(partyToday()) }}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Form.Item label={t.orgs.form.validTo} name="validTo" rules={[{ required: true, message: t.common.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" autoFocus />
      </Form.Item>
      <Form.Item label={t.orgs.form.reason} name="reason">
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
