import type { Page } from '@lienthong/contracts';
import { decodeCursor, DomainError, encodeCursor, type Language } from '@lienthong/platform';
import { matchedNameKey, type RollKeyset, type RollRow } from './member-roll.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The keyset a cursor of ours carries, in the order it was issued for; anything else is a validation error on `cursor`. */
export function decodeRollCursor(cursor: string | undefined, by: RollKeyset['by'], lang: Language): RollKeyset | undefined {
  const key = decodeCursor(cursor, 4);
  if (!key) return undefined;
  const [kind, orgPath, name, id] = key;
  if (kind === by && typeof orgPath === 'string' && typeof name === 'string' && typeof id === 'string' && UUID.test(id)) {
    return by === 'org' ? { by, orgPath, name, id } : { by, name, id };
  }
  throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, [
    {
      field: 'cursor',
      code: 'invalidCursor',
      message: lang === 'vi' ? 'cursor: không phải con trỏ trang do hệ thống cấp cho danh sách này' : 'cursor: is not a cursor this API issued for this list',
    },
  ]);
}

/** `rows` were fetched with `limit + 1`: the extra row only says that a next page exists. */
export function toRollPage<T>(rows: RollRow[], limit: number, phrase: string | undefined, map: (p: RollRow) => T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(phrase === undefined ? ['org', last.orgPath, last.fullNameFolded, last.id] : ['name', '', matchedNameKey(last.fullNameFolded, phrase), last.id])
        : null,
  };
}
