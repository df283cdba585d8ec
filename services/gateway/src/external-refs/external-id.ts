import { RequestValidationError } from '../common/validation/request-validation.error';

/** 1–255 characters, no control characters and no surrounding spaces (it goes into URLs and logs). */
const EXTERNAL_ID = /^(?!\s)[^\p{Cc}]{1,255}(?<!\s)$/u;

/** The caller's externalId as given (NFC), or a 400 with the field named. */
export function validExternalId(value: unknown): string {
  if (typeof value !== 'string') throw RequestValidationError.field('externalId', 'isString', value);
  const normalized = value.normalize('NFC');
  if (!EXTERNAL_ID.test(normalized)) throw RequestValidationError.field('externalId', 'externalId', value);
  return normalized;
}
