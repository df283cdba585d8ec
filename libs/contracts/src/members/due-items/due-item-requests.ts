import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageRequest } from '../../common/page';

/** What the daily "việc cần làm" job lists (members.md §4.1, §4.4, §4.6, §6). */
export const DUE_ITEM_KINDS = ['recognition', 'ceremony', 'badge', 'transfer-confirm', 'grading'] as const;
export type DueItemKind = (typeof DUE_ITEM_KINDS)[number];

/** The latest day's due items of an org's subtree, or (no orgId) of the caller's whole scope. */
export class ListDueItemsRequest extends PageRequest {
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @IsOptional()
  @IsIn(DUE_ITEM_KINDS)
  kind?: DueItemKind;
}
