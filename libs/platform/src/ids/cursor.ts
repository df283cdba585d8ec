import { DomainError } from '../errors/domain-error';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key;
    }
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('COMMON.VALIDATION_FAILED', 'Invalid cursor', [
    { field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' },
  ]);
}
