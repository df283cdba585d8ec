import { decodeCursor, isKey, requestContext } from '@lienthong/platform';

/** Where the previous page stopped, in the page order (issued_on DESC, id DESC). */
export interface ResolutionPageKey {
  issuedOn: string;
  id: string;
}

/**
 * Decodes a cursor and checks what it holds, so that a tampered cursor is a validation
 * failure with details (in the caller's language) instead of a database error.
 */
export function decodeResolutionCursor(cursor: string | undefined): ResolutionPageKey | undefined {
  const key = decodeCursor(cursor, 2, requestContext.current()?.language ?? 'en', isKey('day', 'id'));
  return key && { issuedOn: key[0], id: key[1] };
}
