import { RequestValidationError } from '../common/validation/request-validation.error';

/** A feed position: the last `change_log.seq` read, opaque to the client. */
export function encodeChangeCursor(seq: string): string {
  return Buffer.from(`c1:${seq}`).toString('base64url');
}

export function decodeChangeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^c1:(0|[1-9][0-9]{0,17})$/.exec(text);
  if (!match || Buffer.from(text).toString('base64url') !== cursor) throw RequestValidationError.field('since', 'invalidCursor', cursor);
  return match[1];
}
