import Alert from 'antd/es/alert';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../../orgs/lib/party-date';
import { setSeriousIllness, type BadgeCircumstances } from '../api/badge-circumstances-api';
import { useBadgeCircumstancesMessages } from '../i18n/use-badge-circumstances-messages';
import { BadgeRuleSource } from './badge-rule-source';

interface Values {
  since?: Dayjs;
  note?: string;
}

const FIELDS = ['since', 'note'] as const;

/** A guided form for a serious illness (set, or replace): how early the badge may then be given, by the API's rule. */
export function SeriousIllnessDialog(props: { memberId: string; circumstances: BadgeCircumstances; onDone: (updated: BadgeCircumstances) => void; onCancel: () => void }) {
  const b = useBadgeCircumstancesMessages();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const { rule, seriousIllness } = props.circumstances;
  const bands = (rule?.earlyForSeriousIllness ?? []).map((band) => fill(b.earlyBand, { months: band.monthsEarly, from: band.fromYears, to: band.toYears })).join('; ');

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      props.onDone(await setSeriousIllness(api, props.memberId, { since: values.since ? toPartyDate(values.since) : '', note: values.note?.trim() || undefined }));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const initial = seriousIllness ? { since: fromPartyDate(seriousIllness.since), note: seriousIllness.note ?? undefined } : undefined;
  return (
    <FormModal<Values>
      title={seriousIllness ? b.actions.editIllness : b.actions.setIllness}
      open
      form={form}
      busy={busy}
      okText={b.save}
      general={errors.general}
      initialValues={initial}
      onSubmit={(v) => void submit(v)}
      onCancel={props.onCancel}
    >
      {bands && <Alert className="badge-computed" data-testid="illness-preview" type="info" showIcon message={fill(b.earlyBands, { bands })} description={<BadgeRuleSource rule={rule} />} />}
      <Form.Item label={b.fields.since} name="since" rules={[{ required: true, message: b.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={b.fields.note} name="note">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
