import { isPartyDate } from '@lienthong/contracts';
import { DomainError, decodeCursor, encodeCursor, requestContext } from '@lienthong/platform';
import { isUUID } from 'class-validator';

/** Where the previous page stopped, in the page order (issued_on DESC, id DESC). */
export interface ResolutionPageKey {
  issuedOn: string;
  id: string;
}

export function encodeResolutionCursor(key: ResolutionPageKey): string {
  return encodeCursor([key.issuedOn, key.id]);
}

/**
 * Decodes a cursor and checks what it holds, so that a tampered cursor is a validation
 * failure with details instead of a database error.
 */
export function decodeResolutionCursor(cursor: string | undefined): ResolutionPageKey | undefined {
  let key: (string | number)[] | undefined;
  try {
    key = decodeCursor(cursor, 2);
  } catch {
    throw invalidCursor();
  }
  if (!key) return undefined;
  const [issuedOn, id] = key;
  if (!isPartyDate(issuedOn) || typeof id !== 'string' || !isUUID(id)) throw invalidCursor();
  return { issuedOn, id };
}

function invalidCursor(): DomainError {
  const vi = requestContext.current()?.language === 'vi';
  return DomainError.localized('COMMON.VALIDATION_FAILED', vi ? 'vi' : 'en', [
    {
      field: 'cursor',
      code: 'invalidCursor',
      message: vi ? 'cursor: không phải con trỏ phân trang do API này cấp' : 'cursor: is not a cursor this API issued',
    },
  ]);
}
