import { useI18n } from '../i18n/i18n-context';
import type { GeneralError } from './use-form-errors';

/** The part of an API error that belongs to no single field, announced to screen readers (plain HTML: used on sign-in too). */
export function FormErrorAlert({ error }: { error: GeneralError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="notice notice-error form-alert" role="alert">
      <p className="notice-title">{error.messages.join(' ')}</p>
      {error.correlationId && (
        <p className="notice-detail">
          {t.common.correlation}: {error.correlationId}
        </p>
      )}
    </div>
  );
}
