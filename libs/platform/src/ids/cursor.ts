import type { Page } from '@lienthong/contracts';
import { DomainError } from '../errors/domain-error';
import type { Language } from '../errors/error-messages';
import { constraintMessage } from '../errors/validation';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For `decodeCursor`'s `accept`: a key that is one row id (a UUID). */
export const isIdKey = (key: readonly (string | number)[]): boolean => typeof key[0] === 'string' && UUID.test(key[0]);

/**
 * The sort key a cursor of ours carries, or undefined without one. Anything else (not ours, another
 * arity, or refused by `accept`) is COMMON.VALIDATION_FAILED on `cursor`; in `lang` when given.
 */
export function decodeCursor(
  cursor: string | undefined,
  arity: number,
  lang?: Language,
  accept: (key: readonly (string | number)[]) => boolean = () => true,
): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number') && accept(key)) {
      return key;
    }
  } catch {
    // fall through to the validation error
  }
  if (lang === undefined) {
    throw new DomainError('COMMON.VALIDATION_FAILED', 'Invalid cursor', [
      { field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' },
    ]);
  }
  const message = `cursor: ${constraintMessage('invalidCursor', lang, 'is not a cursor this API issued')}`;
  throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, [{ field: 'cursor', code: 'invalidCursor', message }]);
}

/** A page from `rows` fetched with `limit + 1` (the extra row only says a next page exists), its cursor the last item's key. */
export function keysetPage<R, T>(rows: readonly R[], limit: number, map: (row: R) => T, keyOf: (row: R) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
