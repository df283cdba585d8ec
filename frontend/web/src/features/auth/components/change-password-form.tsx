import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import type { TokenPair } from '../../../api/session-tokens';
import { useI18n } from '../../../i18n/i18n-context';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { changePassword } from '../api/auth-api';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;
/** Errors without details that still belong to one field. */
const CODE_FIELDS = { 'AUTH.CURRENT_PASSWORD_WRONG': 'currentPassword' };

export function ChangePasswordForm({ username, onChanged, onCancel }: { username: string; onChanged: (pair: TokenPair) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<ChangePasswordValues>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (values: ChangePasswordValues) => {
    setBusy(true);
    errors.clear();
    try {
      onChanged(await changePassword(api, values.currentPassword, values.newPassword));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} aria-label={t.changePassword.title}>
      <FormErrorAlert error={errors.general} />
      {/* For password managers: which account this new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Form.Item label={t.changePassword.current} name="currentPassword" rules={[{ required: true, message: t.common.required }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        label={t.changePassword.next}
        name="newPassword"
        extra={t.changePassword.policy}
        rules={[{ required: true, message: t.common.required }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t.changePassword.repeat}
        name="repeatPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t.common.required },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t.changePassword.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Flex gap="small" justify="flex-end">
        {onCancel && <Button onClick={onCancel}>{t.common.cancel}</Button>}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.changePassword.submit}
        </Button>
      </Flex>
    </Form>
  );
}
