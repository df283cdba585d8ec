import Alert from 'antd/es/alert';
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
import { DATE_FORMAT, toPartyDate } from '../../orgs/lib/party-date';
import { DISCIPLINE_FORMS, recordDiscipline, type BadgeCircumstances, type DisciplineForm } from '../api/badge-circumstances-api';
import { useBadgeCircumstancesMessages } from '../i18n/use-badge-circumstances-messages';
import { disciplineDelay } from '../lib/discipline-delay';
import { BadgeRuleSource } from './badge-rule-source';

interface Values {
  form?: DisciplineForm;
  decidedOn?: Dayjs;
  decisionRef?: string;
}

const FIELDS = ['form', 'decidedOn', 'decisionRef'] as const;

/** A guided form for a discipline decision: the delay it causes to the badge (by the API's rule) shown before it is saved. */
export function DisciplineDialog(props: { memberId: string; circumstances: BadgeCircumstances; onDone: (updated: BadgeCircumstances) => void; onCancel: () => void }) {
  const b = useBadgeCircumstancesMessages();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const chosen = Form.useWatch('form', form);
  const decidedOn = Form.useWatch('decidedOn', form);
  const rule = props.circumstances.rule;
  const delay = disciplineDelay(rule, chosen, decidedOn ? toPartyDate(decidedOn) : undefined);
  const preview = !delay
    ? b.preview.choose
    : delay.months === 0
      ? b.preview.notDelayed
      : delay.notBefore
        ? fill(b.preview.delayed, { months: delay.months, date: formatPartyDate(delay.notBefore) })
        : fill(b.preview.delayedNoDate, { months: delay.months });

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      const body = { form: values.form as DisciplineForm, decidedOn: values.decidedOn ? toPartyDate(values.decidedOn) : '', decisionRef: values.decisionRef?.trim() || undefined };
      props.onDone(await recordDiscipline(api, props.memberId, body));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values> title={b.actions.discipline} open form={form} busy={busy} okText={b.save} general={errors.general} onSubmit={(v) => void submit(v)} onCancel={props.onCancel}>
      <Alert className="badge-computed" data-testid="discipline-preview" type={delay && delay.months > 0 ? 'warning' : 'info'} showIcon message={preview} description={<BadgeRuleSource rule={rule} />} />
      <Form.Item label={b.fields.form} name="form" rules={[{ required: true, message: b.required }]} extra={b.expulsionNote}>
        <Select options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: b.forms[f] }))} />
      </Form.Item>
      <Form.Item label={b.fields.decidedOn} name="decidedOn" rules={[{ required: true, message: b.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={b.fields.decisionRef} name="decisionRef">
        <Input maxLength={50} placeholder="15-QĐ/ĐU" />
      </Form.Item>
    </FormModal>
  );
}
