import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../../orgs/lib/party-date';
import { OVERRIDE_KINDS, putCalendarOverride, type CalendarOverride, type OverrideKind } from '../api/calendar-api';
import { useCalendarMessages } from '../i18n/use-calendar-messages';

interface Values {
  date?: Dayjs;
  kind?: OverrideKind;
  nameVi?: string;
  source?: string;
}

const FIELDS = ['date', 'kind', 'nameVi', 'source'] as const;

/** Adds an override (any date of the calendar) or edits one (its date fixed; sent with its version as If-Match). */
export function OverrideDialog(props: { existing?: CalendarOverride; onClose: (saved: boolean) => void }) {
  const { t, c } = useCalendarMessages();
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const { existing } = props;

  const submit = async (values: Values) => {
    if (!values.date || !values.kind) return;
    const date = toPartyDate(values.date);
    setBusy(true);
    errors.clear();
    try {
      await putCalendarOverride(api, date, { kind: values.kind, nameVi: values.nameVi?.trim() ?? '', source: values.source?.trim() ?? '' }, existing?.version);
      void message.success(fill(c.saved, { date: formatPartyDate(date) }));
      props.onClose(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={existing ? fill(c.dialog.editTitle, { date: formatPartyDate(existing.date) }) : c.dialog.addTitle}
      open
      form={form}
      busy={busy}
      general={errors.general}
      initialValues={existing ? { date: fromPartyDate(existing.date), kind: existing.kind, nameVi: existing.nameVi, source: existing.source } : { kind: 'holiday' }}
      onSubmit={(values) => void submit(values)}
      onCancel={() => props.onClose(false)}
    >
      <Form.Item label={c.dialog.date} name="date" rules={[{ required: true, message: t.common.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" disabled={existing !== undefined} autoFocus={!existing} />
      </Form.Item>
      <Form.Item label={c.dialog.kind} name="kind" rules={[{ required: true, message: t.common.required }]}>
        <Select options={OVERRIDE_KINDS.map((k) => ({ value: k, label: c.kinds[k] }))} />
      </Form.Item>
      <Form.Item label={c.dialog.nameVi} name="nameVi" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input maxLength={200} placeholder={c.dialog.namePlaceholder} />
      </Form.Item>
      <Form.Item label={c.dialog.source} name="source" extra={c.dialog.sourceHelp} rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input maxLength={300} placeholder={c.dialog.sourcePlaceholder} />
      </Form.Item>
    </FormModal>
  );
}
