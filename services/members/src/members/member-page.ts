import type { Page } from '@lienthong/contracts';
import { decodeCursor, isKey, keysetPage, type Language } from '@lienthong/platform';
import { matchedNameKey, type RollKeyset, type RollRow } from './member-roll.queries';

/** The keyset a cursor of ours carries, in the order it was issued for; anything else is a validation error on `cursor`. */
export function decodeRollCursor(cursor: string | undefined, by: RollKeyset['by'], lang: Language): RollKeyset | undefined {
  const key = decodeCursor(cursor, 4, lang, isKey((kind) => kind === by, 'text', 'text', 'id'));
  if (!key) return undefined;
  const [, orgPath, name, id] = key;
  return by === 'org' ? { by, orgPath, name, id } : { by, name, id };
}

/** `rows` were fetched with `limit + 1`: the extra row only says that a next page exists. */
export function toRollPage<T>(rows: RollRow[], limit: number, phrase: string | undefined, map: (p: RollRow) => T): Page<T> {
  return keysetPage(rows, limit, map, (last) =>
    phrase === undefined ? ['org', last.orgPath, last.fullNameFolded, last.id] : ['name', '', matchedNameKey(last.fullNameFolded, phrase), last.id],
  );
}
