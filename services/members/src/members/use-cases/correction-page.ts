import type { Page } from '@lienthong/contracts';
import { decodeCursor, encodeCursor, type Language } from '@lienthong/platform';
import { invalidRecord } from '../member.exceptions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request id a correction-list cursor carries; anything else is a validation error on `cursor`. */
export function correctionCursor(cursor: string | undefined, language: Language): string | undefined {
  const id = decodeCursor(cursor, 1)?.[0];
  if (id !== undefined && (typeof id !== 'string' || !UUID.test(id))) {
    const message = language === 'vi' ? 'cursor: không phải con trỏ trang do hệ thống cấp' : 'cursor: is not a cursor this API issued';
    throw invalidRecord(language, [{ field: 'cursor', code: 'invalidCursor', message }]);
  }
  return id;
}

/** `rows` were fetched with `limit + 1`: the extra one only says that a next page exists. */
export function pageOf<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}
