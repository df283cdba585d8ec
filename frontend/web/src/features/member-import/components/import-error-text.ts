import { isApiError } from '../../../api/api-error';

/** What to show for a failed call: the file's own reason (details on field "file") before the generic message. */
export function importErrorText(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  const details = error.details.map((d) => d.message).filter(Boolean);
  return details.length > 0 ? details.join(' ') : error.message;
}
