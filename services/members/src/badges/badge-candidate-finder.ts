import { BADGE_MILESTONES, type BadgeCandidateDto } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import { addMonths } from '@lienthong/rules';
import type { EntityManager } from 'typeorm';
import { scopeUpperBound } from '../scope/actor-scope';
import { badgeCandidateBatch, type BadgeKeyset, type BadgeRange } from './badge-candidate.queries';
import { candidateRow, decideBadge } from './badge-evaluation';

/** The widest early window (24 months for 70–90 years, badge.rules.ts). */
const WIDEST_EARLY_MONTHS = 24;
const BATCH = 250;

export interface BadgeSearch {
  /** Subtree path; null = every org (the daily job). */
  path: string | null;
  occasion: string;
  milestone?: number;
}

export interface BadgeFound {
  items: BadgeCandidateDto[];
  /** Key of the last member examined when the page filled up or the work budget ran out; null: the end. */
  next: BadgeKeyset | null;
}

export function badgeRange(search: BadgeSearch): BadgeRange {
  const milestones = search.milestone === undefined ? [...BADGE_MILESTONES] : [search.milestone];
  const i = search.milestone === undefined ? -1 : BADGE_MILESTONES.indexOf(search.milestone as (typeof BADGE_MILESTONES)[number]);
  return {
    low: search.path,
    high: search.path === null ? null : scopeUpperBound(search.path),
    occasion: search.occasion,
    horizon: addMonths(search.occasion, WIDEST_EARLY_MONTHS),
    milestones,
    nextAfterFilter: i >= 0 ? (BADGE_MILESTONES[i + 1] ?? null) : null,
  };
}

/**
 * Keyset pages of the badge register: coarse candidates come from SQL in batches, the exact rule
 * (badgeDecisionAt, ~0.2 ms a member) runs on them only. A page ends when it holds `limit` rows or after
 * `maxExamined` members (the cursor then points past the last one examined, so paging goes on).
 */
export async function findBadgeCandidates(
  m: EntityManager,
  search: BadgeSearch,
  after: BadgeKeyset | undefined,
  limit: number,
  lang: Language,
  maxExamined = 5_000,
): Promise<BadgeFound> {
  const range = badgeRange(search);
  const items: BadgeCandidateDto[] = [];
  let cursor = after;
  let examined = 0;
  for (;;) {
    const batch = await badgeCandidateBatch(m, range, cursor, BATCH);
    for (const row of batch) {
      cursor = [row.org_path, row.full_name_folded, row.id];
      examined += 1;
      const item = candidateRow(row, decideBadge(row, search.occasion), lang);
      if (item && (search.milestone === undefined || item.milestone === search.milestone)) items.push(item);
      if (items.length === limit) return { items, next: cursor };
    }
    if (batch.length < BATCH) return { items, next: null };
    if (examined >= maxExamined) return { items, next: cursor ?? null };
  }
}
