import { DomainError } from '../../errors/domain-error';

/** The longest `last_error` kept (the column's CHECK). */
export const MAX_ERROR_TEXT = 2000;

const REDACTIONS: [RegExp, string][] = [
  // user:password@ in connection strings
  [/([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, '$1***@'],
  // key=value / key: value for secret-looking keys
  [/\b(pass(word|wd)?|pwd|secret|token|api[_-]?key|authorization|cookie)(["']?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi, '$1$3***'],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer ***'],
  // JWT-shaped strings
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '***'],
];

/**
 * One line an operator can read in a dead letter: the error's name and message (a domain
 * error's code and field details), never a stack, with secret-looking values masked, cut to
 * `MAX_ERROR_TEXT` characters.
 */
export function errorText(error: unknown): string {
  let text: string;
  if (error instanceof DomainError) {
    const details = (error.details ?? []).map((d) => `${d.field}: ${d.code}`).join('; ');
    text = `${error.code}: ${error.message}${details ? ` (${details})` : ''}`;
  } else if (error instanceof Error) {
    text = `${error.name}: ${error.message}`;
  } else {
    text = String(error);
  }
  for (const [pattern, replacement] of REDACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text;
}
