import { DEFAULT_PAGE_LIMIT, type OrgDto, type Page } from '@lienthong/contracts';
import { decodeCursor, isKey, keysetPage, type Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { OrgEntity } from './org.entity';
import type { OrgMapper } from './org.mapper';
import type { OrgKeyset } from './org.repository';

export function pageLimit(limit: number | undefined): number {
  return limit ?? DEFAULT_PAGE_LIMIT;
}

/** The keyset a cursor of ours carries; anything else is a validation error on `cursor`. */
export function decodeOrgCursor(cursor: string | undefined, lang: Language): OrgKeyset | undefined {
  const key = decodeCursor(cursor, 2, lang, isKey('text', 'id'));
  return key && { nameFolded: key[0], id: key[1] };
}

/** `rows` were fetched with `limit + 1`: the extra row only says that a next page exists. */
export async function toOrgPage(rows: OrgEntity[], limit: number, mapper: OrgMapper, m?: EntityManager): Promise<Page<OrgDto>> {
  const page = keysetPage(rows, limit, (org) => org, (org) => [org.nameFolded, org.id]);
  return { items: await mapper.toDtos(page.items, m), nextCursor: page.nextCursor };
}
