import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { resolveCorrection } from '../api/corrections-api';
import type { CorrectionRequest } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';

interface Values {
  note?: string;
}

/** Closes one request: "Đã sửa" (an optional note) or "Không sửa" (a reason the member will read; the API insists on it). */
export function ResolveCorrectionDialog(props: { request: CorrectionRequest; outcome: 'resolved' | 'rejected'; onClose: (closed: boolean) => void }) {
  const { m } = useMembersMessages();
  const c = m.corrections;
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, ['note']);
  const [busy, setBusy] = useState(false);
  const rejecting = props.outcome === 'rejected';
  const name = props.request.memberName;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      await resolveCorrection(api, props.request.id, { outcome: props.outcome, note: values.note?.trim() || undefined });
      void message.success(fill(rejecting ? c.rejectedDone : c.resolvedDone, { name }));
      props.onClose(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={fill(rejecting ? c.rejectTitle : c.resolveTitle, { name })}
      open
      form={form}
      busy={busy}
      okText={rejecting ? c.reject : c.markResolved}
      danger={rejecting}
      general={errors.general}
      onSubmit={(values) => void submit(values)}
      onCancel={() => props.onClose(false)}
    >
      <Form.Item label={rejecting ? c.rejectionNote : c.resolutionNote} name="note">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
