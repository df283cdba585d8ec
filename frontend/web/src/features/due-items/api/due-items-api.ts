// "Việc cần làm" (GET /api/v1/me/due-items) through the generated SDK.
import type { DueItemPageResponseDto, DueItemResponseDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type DueItem = DueItemResponseDto;
export type DueItemKind = DueItem['kind'];
export type DueItemPage = DueItemPageResponseDto;

export const DUE_ITEMS_PAGE = 100;

/** The detail's values: dates, numbers and codes (openapi/v1.json describes it as an open object). */
export type DueItemDetail = Record<string, string | number | null | undefined>;

export const detailOf = (item: DueItem): DueItemDetail => item.detail as DueItemDetail;

export function listMyDueItems(api: Api, cursor?: string, signal?: AbortSignal): Promise<DueItemPage> {
  return api.call((sdk) => sdk.listMyDueItems({ limit: DUE_ITEMS_PAGE, cursor }, { signal }));
}
