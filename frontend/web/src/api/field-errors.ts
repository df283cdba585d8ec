import type { ErrorDetail } from './api-error';

/** Our ApiError and the SDK's LienThongApiError both fit. */
export interface ErrorLike {
  code: string;
  message: string;
  details: readonly ErrorDetail[];
}

/** What a form shows: messages next to fields, and the rest above the form. */
export interface FormErrors {
  fields: Record<string, string[]>;
  general: string[];
}

/**
 * Maps an API error onto a form's fields. `details[].field` is a dotted path (`name`,
 * `address.street`); the gateway prefixes each message with that path (`name: …`), which a
 * message shown beside its field does not need. A domain error without details (a short name
 * already taken) is placed on the field that `codeFields` names; anything else is general.
 */
export function formErrorsOf(error: ErrorLike, knownFields: readonly string[], codeFields: Record<string, string> = {}): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  const add = (field: string, message: string) => {
    (result.fields[field] ??= []).push(message);
  };
  for (const detail of error.details) {
    const field = matchField(detail.field, knownFields);
    const message = stripFieldPrefix(detail.message, detail.field);
    if (field) add(field, message);
    else result.general.push(detail.message);
  }
  const codeField = codeFields[error.code];
  if (codeField && knownFields.includes(codeField)) add(codeField, error.message);
  else result.general.unshift(error.message);
  return result;
}

/** The form field a detail's path belongs to: itself, or the nearest known parent path. */
function matchField(path: string, knownFields: readonly string[]): string | undefined {
  const normalised = path.replace(/\[(\d+)\]/g, '.$1');
  let candidate = normalised;
  for (;;) {
    if (knownFields.includes(candidate)) return candidate;
    const dot = candidate.lastIndexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(0, dot);
  }
}

function stripFieldPrefix(message: string, field: string): string {
  const prefix = `${field}: `;
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** For antd's `form.setFields`: `[{ name: ['a','b'], errors }]`. */
export function antdFieldsOf(errors: FormErrors): { name: string[]; errors: string[] }[] {
  return Object.entries(errors.fields).map(([field, messages]) => ({ name: field.split('.'), errors: messages }));
}
