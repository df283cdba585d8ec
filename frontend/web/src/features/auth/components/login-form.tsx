import { useState, type FormEvent } from 'react';
import { useApi } from '../../../api/api-context';
import { ApiError, isApiError } from '../../../api/api-error';
import { formErrorsOf, type FormErrors } from '../../../api/field-errors';
import type { TokenPair } from '../../../api/session-tokens';
import { useI18n } from '../../../i18n/i18n-context';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { TextField } from '../../../ui/text-field';
import { login } from '../api/auth-api';
import { lockoutMessage } from './lockout-message';

const FIELDS = ['username', 'password'] as const;
const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** The first screen: plain form (no antd Form) so that it is interactive after little JavaScript. */
export function LoginForm({ onSignedIn }: { onSignedIn: (pair: TokenPair) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [correlationId, setCorrelationId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FormErrors = { fields: {}, general: [] };
    if (!username.trim()) missing.fields['username'] = [t.common.required];
    if (!password) missing.fields['password'] = [t.common.required];
    setErrors(missing);
    setCorrelationId(undefined);
    if (Object.keys(missing.fields).length > 0) return;
    setBusy(true);
    try {
      onSignedIn(await login(api, username.trim(), password));
    } catch (error) {
      const shown =
        isApiError(error) && error.code === 'AUTH.LOGIN_LOCKED' && error.retryAfterSeconds
          ? new ApiError(429, { code: error.code, message: lockoutMessage(t, error.retryAfterSeconds), correlationId: error.correlationId })
          : isApiError(error)
            ? error
            : new ApiError(0, { code: 'CLIENT.UNEXPECTED', message: t.errors.unexpected });
      setErrors(formErrorsOf(shown, FIELDS));
      setCorrelationId(shown.status >= 500 ? shown.correlationId : undefined);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t.login.title} noValidate>
      <FormErrorAlert error={errors.general.length > 0 ? { messages: errors.general, correlationId } : undefined} />
      <TextField
        label={t.login.username}
        name="username"
        value={username}
        onChange={setUsername}
        errors={errors.fields['username']}
        autoComplete="username"
        autoFocus
      />
      <TextField
        label={t.login.password}
        name="password"
        value={password}
        onChange={setPassword}
        errors={errors.fields['password']}
        autoComplete="current-password"
        password
      />
      <button type="submit" className="primary-button" disabled={busy} aria-busy={busy}>
        {busy ? t.common.loading : t.login.submit}
      </button>
    </form>
  );
}
