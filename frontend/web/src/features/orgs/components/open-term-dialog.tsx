import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { openOrgTerm, type OrgTerm } from '../api/org-history-api';
import type { Org } from '../api/orgs-api';
import { useOrgHistoryMessages } from '../i18n/org-history-messages';
import { DATE_FORMAT, toPartyDate } from '../lib/party-date';

interface Values {
  label: string;
  number: number;
  startDate: Dayjs;
  endDate?: Dayjs;
}

const FIELDS = ['label', 'number', 'startDate', 'endDate'];
const CODE_FIELDS = { 'MEMBERS.ORG_TERM_OVERLAP': 'startDate' };

/** A new term (đại hội lần thứ …); an overlap with another term is refused at the start date. */
export function OpenTermDialog({ org, nextNumber, onDone, onCancel }: { org: Org; nextNumber: number; onDone: (term: OrgTerm) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const h = useOrgHistoryMessages().terms;
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      const body = { label: values.label.trim(), number: values.number, startDate: toPartyDate(values.startDate), ...(values.endDate ? { endDate: toPartyDate(values.endDate) } : {}) };
      onDone(await openOrgTerm(api, org.id, body));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={`${h.open}: ${org.name}`}
      open
      form={form}
      busy={busy}
      general={errors.general}
      initialValues={{ number: nextNumber }}
      onSubmit={(values) => void submit(values)}
      onCancel={onCancel}
    >
      <Form.Item label={h.label} name="label" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input autoFocus maxLength={200} placeholder={h.labelPlaceholder} />
      </Form.Item>
      <Form.Item label={h.number} name="number" rules={[{ required: true, message: t.common.required }]}>
        <InputNumber min={1} max={100} precision={0} className="full-width" />
      </Form.Item>
      <Form.Item label={h.startDate} name="startDate" rules={[{ required: true, message: t.common.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={h.endDate} name="endDate" extra={h.endDateHelp}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
    </FormModal>
  );
}
