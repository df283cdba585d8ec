import type { DueItemKind } from './due-item-requests';

/**
 * One thing an organisation must do by `dueOn`: consider a probationary member's recognition, hold an
 * admission ceremony, give a badge at the next occasion, confirm an incoming transfer.
 */
export interface DueItemDto {
  id: string;
  kind: DueItemKind;
  orgId: string;
  orgName: string;
  memberId: string | null;
  memberName: string | null;
  /** The deadline (or the occasion, for a badge). */
  dueOn: string;
  /** Days from the day the list was computed to `dueOn`; negative = overdue. */
  daysLeft: number;
  /**
   * Kind-specific facts: recognition `{ dueDate }`, ceremony `{ decisionDate }`, badge `{ milestone, basis }`,
   * transfer-confirm `{ transferId, letterNumber }`, grading `{ campaignId, title, year, toDecide }`.
   */
  detail: Record<string, string | number | null>;
  /** The regulation the deadline comes from. */
  rule: string;
  computedOn: string;
}

export interface DueItemPageDto {
  computedOn: string | null;
  items: DueItemDto[];
  nextCursor: string | null;
}
