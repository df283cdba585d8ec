import Alert from 'antd/es/alert';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { returnMemberTransfer, type MemberTransfer } from '../api/member-transfers-api';
import { useTransfersMessages } from '../i18n/use-transfers-messages';
import { TransferRulesNote } from './transfer-rules-note';

interface ReturnValues {
  returnedOn?: Dayjs;
  note?: string;
}

const FIELDS = ['returnedOn', 'note'] as const;

/**
 * A guided form for the early end of a confirmed temporary transfer: the period and the day the host
 * took the member in, with the rule the period comes from, above the return day (If-Match: the version shown).
 */
export function TransferReturnDialog(props: { transfer: MemberTransfer; onDone: (updated: MemberTransfer) => void; onCancel: () => void }) {
  const m = useTransfersMessages();
  const api = useApi();
  const [form] = Form.useForm<ReturnValues>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const { transfer } = props;
  const period = transfer.temporary;

  const submit = async (values: ReturnValues) => {
    setBusy(true);
    errors.clear();
    try {
      const body = { returnedOn: values.returnedOn?.format('YYYY-MM-DD') ?? '', note: values.note?.trim() || undefined };
      props.onDone(await returnMemberTransfer(api, transfer, body));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<ReturnValues> title={m.decisionTitles.return} open form={form} busy={busy} general={errors.general} okText={m.decisions.return} onSubmit={(v) => void submit(v)} onCancel={props.onCancel}>
      <Alert
        className="transfer-computed"
        data-testid="transfer-return-period"
        type="info"
        showIcon
        message={`${transfer.member.fullName} — ${transfer.fromOrg.name} → ${transfer.toOrg?.name ?? transfer.externalOrgName ?? ''}`}
        description={
          <>
            {period && <div>{fill(m.form.period, { from: formatPartyDate(period.from), until: formatPartyDate(period.until), confirmed: formatPartyDate(transfer.decidedOn ?? period.from) })}</div>}
            <div>{m.form.returnHint}</div>
            <TransferRulesNote rules={transfer.rules.filter((r) => r.rule === 'temporary-transfer-durations')} />
          </>
        }
      />
      <Form.Item label={m.form.returnedOn} name="returnedOn" rules={[{ required: true, message: m.form.required }]}>
        <DatePicker format="DD/MM/YYYY" className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={m.form.returnNote} name="note">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
