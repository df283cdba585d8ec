import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, isApiError } from '../api/api-error';
import { antdFieldsOf, formErrorsOf } from '../api/field-errors';
import { useI18n } from '../i18n/i18n-context';

export interface GeneralError {
  messages: string[];
  correlationId?: string;
}

/**
 * Puts an API error on an antd form: field details next to their fields, the rest in `general`
 * (shown above the form with the correlation id an administrator can trace).
 */
export function useFormErrors(form: FormInstance, knownFields: readonly string[], codeFields: Record<string, string> = {}) {
  const { t } = useI18n();
  const [general, setGeneral] = useState<GeneralError | undefined>();
  const show = useCallback(
    (error: unknown) => {
      const apiError = isApiError(error) ? error : new ApiError(0, { code: 'CLIENT.UNEXPECTED', message: t.errors.unexpected });
      const mapped = formErrorsOf(apiError, knownFields, codeFields);
      form.setFields(antdFieldsOf(mapped));
      // The reference helps an administrator trace a server fault; for a refused input it is noise.
      const correlationId = apiError.status >= 500 ? apiError.correlationId : undefined;
      setGeneral(mapped.general.length > 0 ? { messages: mapped.general, correlationId } : undefined);
    },
    // knownFields/codeFields are constants of the calling form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form, t],
  );
  const clear = useCallback(() => setGeneral(undefined), []);
  return { general, show, clear };
}
