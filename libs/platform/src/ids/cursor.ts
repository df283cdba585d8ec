import { isPartyDate, type Page } from '@lienthong/contracts';
import { DomainError } from '../errors/domain-error';
import type { Language } from '../errors/error-messages';
import { constraintMessage } from '../errors/validation';

/** A keyset sort key: the values of the last row's ordering columns. */
export type CursorKey = readonly (string | number)[];

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What one place of a key must hold: any text, a row id (UUID), a calendar day (YYYY-MM-DD), an integer, or a check of the caller's. */
export type CursorKeyPart = 'text' | 'id' | 'day' | 'int' | ((value: string | number) => boolean);
type PartValue<P> = P extends 'text' | 'id' | 'day' ? string : P extends 'int' ? number : string | number;
type KeyOf<P extends readonly CursorKeyPart[]> = { -readonly [I in keyof P]: PartValue<P[I]> };

const PART_CHECKS: Record<Exclude<CursorKeyPart, (value: string | number) => boolean>, (value: string | number) => boolean> = {
  text: (value) => typeof value === 'string',
  id: (value) => typeof value === 'string' && UUID.test(value),
  day: (value) => isPartyDate(value),
  int: (value) => Number.isSafeInteger(value),
};

/** For `decodeCursor`'s `accept`: a key whose places hold `parts`, in order (e.g. `isKey('text', 'id')`: a folded name, then a row id). */
export function isKey<const P extends readonly CursorKeyPart[]>(...parts: P): (key: CursorKey) => key is KeyOf<P> {
  const checks = parts.map((part) => (typeof part === 'function' ? part : PART_CHECKS[part]));
  return (key): key is KeyOf<P> => key.length === checks.length && checks.every((check, i) => check(key[i]));
}

/** For `decodeCursor`'s `accept`: a key that is one row id (a UUID). */
export const isIdKey: (key: CursorKey) => boolean = isKey('id');

/**
 * The one answer to a cursor we did not issue: COMMON.VALIDATION_FAILED with an `invalidCursor` detail
 * on `cursor`, in `lang` when given (English details otherwise).
 */
export function invalidCursor(lang?: Language): DomainError {
  if (lang === undefined) {
    return new DomainError('COMMON.VALIDATION_FAILED', 'Invalid cursor', [
      { field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' },
    ]);
  }
  const message = `cursor: ${constraintMessage('invalidCursor', lang, 'is not a cursor this API issued')}`;
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, [{ field: 'cursor', code: 'invalidCursor', message }]);
}

/**
 * The sort key a cursor of ours carries, or undefined without one. Anything else (not ours, another
 * arity, or refused by `accept`) is `invalidCursor(lang)`.
 */
export function decodeCursor<K extends CursorKey>(
  cursor: string | undefined,
  arity: number,
  lang: Language | undefined,
  accept: (key: CursorKey) => key is K,
): K | undefined;
export function decodeCursor(cursor: string | undefined, arity: number, lang?: Language, accept?: (key: CursorKey) => boolean): (string | number)[] | undefined;
export function decodeCursor(
  cursor: string | undefined,
  arity: number,
  lang?: Language,
  accept: (key: CursorKey) => boolean = () => true,
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
  throw invalidCursor(lang);
}

/**
 * A page from `rows` fetched with `limit + 1` (the extra row only says a next page exists), its cursor
 * the last item's key — `encode`d as `encodeCursor` does unless a list has published another format.
 */
export function keysetPage<R, T, K extends CursorKey = CursorKey>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => K,
  encode: (key: K) => string = encodeCursor,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: rows.length > limit && last !== undefined ? encode(keyOf(last)) : null };
}
