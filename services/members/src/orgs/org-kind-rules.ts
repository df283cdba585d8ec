import type { OrgKind } from '@lienthong/contracts';

/** One row of `org_kind_rule`: `child` may sit under `parent` (null: at the root) in a period. */
export interface OrgKindRule {
  parentKind: OrgKind | null;
  childKind: OrgKind;
  effectiveFrom: string;
  /** Last day in force, inclusive; null while in force. */
  effectiveTo: string | null;
  source: string;
}

/**
 * Whether the rules in force on `onDate` (a `YYYY-MM-DD` party date; ISO dates compare as
 * strings) let a `childKind` org sit under a `parentKind` org. The rules are data seeded
 * by migration from Điều lệ Đảng and 294-QĐ/TW, never constants here.
 */
export function isKindAllowed(rules: readonly OrgKindRule[], parentKind: OrgKind | null, childKind: OrgKind, onDate: string): boolean {
  return rules.some(
    (r) =>
      r.parentKind === parentKind &&
      r.childKind === childKind &&
      r.effectiveFrom <= onDate &&
      (r.effectiveTo === null || onDate <= r.effectiveTo),
  );
}

/** Today's date in Viet Nam, where party dates are reckoned. */
export function partyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
