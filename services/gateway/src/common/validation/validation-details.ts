import type { ErrorDetail } from '@lienthong/contracts';
import { toErrorDetails, type Language } from '@lienthong/platform';
import type { ValidationError } from 'class-validator';

/** Constraints only the gateway uses; everything else comes from the platform's list. */
const GATEWAY_CONSTRAINT_MESSAGES: Record<string, Record<Language, string>> = {
  isObject: { vi: 'phải là một đối tượng JSON', en: 'must be a JSON object' },
  atLeastOneField: { vi: 'cần ít nhất một trường để thay đổi', en: 'needs at least one field to change' },
  ifMatch: {
    vi: 'phải là ETag của bản ghi, ví dụ "3"',
    en: 'must be the record\'s ETag, for example "3"',
  },
  isUuid: { vi: 'phải là mã định danh UUID', en: 'must be a UUID' },
};

/** `details` in the caller's language: one entry per failed constraint (a missing field: one "is required"), nested fields dotted. */
export function validationDetails(errors: ValidationError[], lang: Language, prefix = ''): ErrorDetail[] {
  return toErrorDetails(errors, lang, prefix, GATEWAY_CONSTRAINT_MESSAGES);
}
