import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { requestMyCorrection } from '../api/members-api';
import { useMembersMessages, type MembersMessages } from '../i18n/use-members-messages';
import { MY_CORRECTIONS_KEY } from './my-corrections';

interface Values {
  field: string;
  proposedValue: string;
  note?: string;
}

/** The record's fields a member may ask to correct (the officers decide). */
const CORRECTABLE = [
  'fullName',
  'birthName',
  'dateOfBirth',
  'placeOfBirth',
  'homeTown',
  'permanentResidence',
  'temporaryResidence',
  'citizenId',
  'occupation',
  'education',
  'qualifications',
  'languages',
  'ethnicity',
  'religion',
] as const satisfies readonly (keyof MembersMessages['fields'])[];

// The API answers details on items[0].field / items[0].proposedValue / note.
const FIELDS = ['field', 'proposedValue', 'note', 'items.0.field', 'items.0.proposedValue'];

/** "Đề nghị sửa thông tin": one field, the right value, why; sent to the officers of my org. */
export function CorrectionRequestForm() {
  const { t, m } = useMembersMessages();
  const api = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const required = [{ required: true, whitespace: true, message: t.common.required }];

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    setSent(false);
    try {
      await requestMyCorrection(api, [{ field: values.field, proposedValue: values.proposedValue.trim() }], values.note?.trim() || undefined);
      form.resetFields();
      setSent(true);
      void queryClient.invalidateQueries({ queryKey: MY_CORRECTIONS_KEY });
      void message.success(m.mine.sent);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="member-correction" aria-labelledby="correction-title">
      <h2 id="correction-title" className="member-section-title">
        {m.mine.requestTitle}
      </h2>
      {sent && (
        <p className="notice notice-info" role="status">
          {m.mine.sent}
        </p>
      )}
      <Form<Values> form={form} layout="vertical" aria-label={m.mine.requestTitle} onFinish={(values) => void submit(values)}>
        <FormErrorAlert error={errors.general} />
        <Form.Item label={m.mine.field} name="field" rules={required}>
          <Select options={CORRECTABLE.map((field) => ({ value: field, label: m.fields[field] }))} />
        </Form.Item>
        <Form.Item label={m.mine.proposedValue} name="proposedValue" rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={m.mine.note} name="note">
          <Input.TextArea maxLength={2000} rows={3} placeholder={m.mine.notePlaceholder} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {m.mine.submit}
        </Button>
      </Form>
    </section>
  );
}
