import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { partyToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { closeOrgTerm, type OrgTerm } from '../api/org-history-api';
import { useOrgHistoryMessages } from '../i18n/org-history-messages';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../lib/party-date';

interface Values {
  endDate: Dayjs;
}

const FIELDS = ['endDate'];
const CODE_FIELDS = { 'MEMBERS.ORG_TERM_CLOSED': 'endDate' };

/** Ends the open term on its last day; the version read goes as If-Match (a stale one: reload). */
export function CloseTermDialog({ term, onDone, onCancel }: { term: OrgTerm; onDone: (term: OrgTerm) => void; onCancel: () => void }) {
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
      onDone(await closeOrgTerm(api, term, toPartyDate(values.endDate)));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={fill(h.closeTitle, { label: term.label })}
      open
      form={form}
      busy={busy}
      okText={h.close}
      general={errors.general}
      initialValues={{ endDate: fromPartyDate(partyToday()) }}
      onSubmit={(values) => void submit(values)}
      onCancel={onCancel}
    >
      <Form.Item label={h.endDate} name="endDate" rules={[{ required: true, message: t.common.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
    </FormModal>
  );
}
