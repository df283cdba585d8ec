import { DEFAULT_PAGE_LIMIT, type OrgDto, type Page } from '@lienthong/contracts';
import { decodeCursor, DomainError, encodeCursor, type Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { OrgEntity } from './org.entity';
import type { OrgMapper } from './org.mapper';
import type { OrgKeyset } from './org.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function pageLimit(limit: number | undefined): number {
  return limit ?? DEFAULT_PAGE_LIMIT;
}

/** The keyset a cursor of ours carries; anything else is a validation error on `cursor`. */
export function decodeOrgCursor(cursor: string | undefined, lang: Language): OrgKeyset | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [nameFolded, id] = key;
  if (typeof nameFolded === 'string' && typeof id === 'string' && UUID.test(id)) return { nameFolded, id };
  throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, [
    {
      field: 'cursor',
      code: 'invalidCursor',
      message: lang === 'vi' ? 'cursor: không phải con trỏ trang do hệ thống cấp' : 'cursor: is not a cursor this API issued',
    },
  ]);
}

/** `rows` were fetched with `limit + 1`: the extra row only says that a next page exists. */
export async function toOrgPage(rows: OrgEntity[], limit: number, mapper: OrgMapper, m?: EntityManager): Promise<Page<OrgDto>> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: await mapper.toDtos(items, m),
    nextCursor: rows.length > limit && last ? encodeCursor([last.nameFolded, last.id]) : null,
  };
}
