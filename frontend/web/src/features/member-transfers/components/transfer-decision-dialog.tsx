import Alert from 'antd/es/alert';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { decideMemberTransfer, type MemberTransfer, type TransferDecision } from '../api/member-transfers-api';
import { useTransfersMessages } from '../i18n/use-transfers-messages';

interface DecisionValues {
  decidedOn?: Dayjs;
  note?: string;
}

const FIELDS = ['decidedOn', 'note'] as const;

/** Confirm, refuse or cancel one transfer (If-Match: the version shown); refusals need their reason. */
export function TransferDecisionDialog(props: { transfer: MemberTransfer; decision: Exclude<TransferDecision, 'return'>; onDone: (updated: MemberTransfer) => void; onCancel: () => void }) {
  const m = useTransfersMessages();
  const api = useApi();
  const [form] = Form.useForm<DecisionValues>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const { transfer, decision } = props;

  const submit = async (values: DecisionValues) => {
    setBusy(true);
    errors.clear();
    try {
      const body = { decidedOn: values.decidedOn?.format('YYYY-MM-DD'), note: values.note?.trim() || undefined };
      props.onDone(await decideMemberTransfer(api, transfer, decision, body));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<DecisionValues>
      title={m.decisionTitles[decision]}
      open
      form={form}
      busy={busy}
      general={errors.general}
      okText={m.decisions[decision]}
      danger={decision !== 'confirm'}
      onSubmit={(v) => void submit(v)}
      onCancel={props.onCancel}
    >
      <Alert
        type={transfer.overdue ? 'warning' : 'info'}
        showIcon
        message={`${transfer.member.fullName} — ${transfer.fromOrg.name} → ${transfer.toOrg?.name ?? transfer.externalOrgName ?? ''}`}
        description={`${m.form.confirmDeadline}: ${formatPartyDate(transfer.confirmDeadline)}${transfer.overdue ? ` (${m.overdue})` : ''}`}
      />
      <Form.Item label={m.form.decidedOn} name="decidedOn">
        <DatePicker format="DD/MM/YYYY" className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={decision === 'refuse' ? m.form.refuseReason : m.form.decisionNote} name="note">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
