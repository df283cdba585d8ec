import { isApiError } from '../../../api/api-error';

/** An export's failure in words: the API's message and details, the export's own reason, or the error's text. */
export function exportErrorText(error: unknown): string {
  if (isApiError(error)) return [error.message, ...error.details.map((d) => d.message)].filter(Boolean).join(' ');
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
