import type { EntityManager } from 'typeorm';
import type { DueItemDraft } from './due-item-sources';

// 294-QĐ/TW point 6.3.1: the receiving side confirms within 30 working days of the letter; the deadline
// is stored on the transfer when it is issued (member_transfer.confirm_deadline).
const TRANSFER_RULE = 'Quy định 294-QĐ/TW, điểm 6.3.1 (30 ngày làm việc kể từ ngày giới thiệu)';
const GRADING_RULE = 'Quy định 366-QĐ/TW ngày 30/8/2025 (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm); hạn do cấp ủy mở đợt định';

/**
 * Replaces the day's set, set-based: the drafts computed in JS go in as JSON arrays (the badge register a
 * page at a time); transfers to confirm come straight from member_transfer (when that table exists) in one
 * INSERT … SELECT. Drafts take the org and path of the member's holding org; transfers the receiving org's.
 */
export async function writeDueItems(
  m: EntityManager,
  day: string,
  until: string,
  probation: DueItemDraft[],
  badgePages: AsyncIterable<DueItemDraft[]>,
): Promise<number> {
  await m.query(`DELETE FROM due_item WHERE computed_on = $1`, [day]);
  let count = await insertDrafts(m, day, probation);
  for await (const page of badgePages) count += await insertDrafts(m, day, page);
  const [{ exists }]: { exists: boolean }[] = await m.query(`SELECT to_regclass('member_transfer') IS NOT NULL AS exists`);
  if (exists) count += await insertTransfers(m, day, until);
  const [{ grading }]: { grading: boolean }[] = await m.query(`SELECT to_regclass('member_grading') IS NOT NULL AS grading`);
  if (grading) count += await insertGrading(m, day, until);
  await m.query(
    `INSERT INTO due_item_day (computed_on, items) VALUES ($1, $2)
     ON CONFLICT (computed_on) DO UPDATE SET items = EXCLUDED.items, computed_at = now()`,
    [day, count],
  );
  // Earlier days are history nobody reads (the lists take the latest day): a week is kept for support.
  await m.query(`DELETE FROM due_item WHERE computed_on < $1::date - 7`, [day]);
  await m.query(`DELETE FROM due_item_day WHERE computed_on < $1::date - 7`, [day]);
  return count;
}

async function insertDrafts(m: EntityManager, day: string, drafts: DueItemDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const inserted: { n: number }[] = await m.query(
    `WITH d AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb)
         AS x(kind text, item_key text, member_id uuid, due_on date, detail jsonb, rule text)
     ), ins AS (
       INSERT INTO due_item (id, computed_on, kind, item_key, org_id, org_path, member_id, due_on, detail, rule)
       SELECT gen_random_uuid(), $1::date, d.kind, d.item_key, m.org_id, m.org_path, d.member_id, d.due_on, d.detail, d.rule
         FROM d JOIN party_member m ON m.id = d.member_id
       ON CONFLICT (computed_on, kind, item_key) DO NOTHING
       RETURNING 1
     ) SELECT count(*)::int AS n FROM ins`,
    [day, JSON.stringify(drafts)],
  );
  return inserted[0].n;
}

async function insertTransfers(m: EntityManager, day: string, until: string): Promise<number> {
  const transfers: { n: number }[] = await m.query(
    `WITH ins AS (
       INSERT INTO due_item (id, computed_on, kind, item_key, org_id, org_path, member_id, due_on, detail, rule)
       SELECT gen_random_uuid(), $1::date, 'transfer-confirm', t.id::text, o.id, o.path, t.member_id, t.confirm_deadline,
              jsonb_build_object('transferId', t.id::text, 'letterNumber', t.letter_number, 'letterDate', t.letter_date::text, 'transferKind', t.kind),
              $3
         FROM member_transfer t JOIN org o ON o.id = t.to_org_id
        WHERE t.state IN ('issued', 'in-transit') AND t.confirm_deadline <= $2::date
       ON CONFLICT (computed_on, kind, item_key) DO NOTHING
       RETURNING 1
     ) SELECT count(*)::int AS n FROM ins`,
    [day, until, TRANSFER_RULE],
  );
  return transfers[0].n;
}

/** Per chi bộ, members of an open campaign not yet decided (the excluded left out), due by the campaign's deadline. */
async function insertGrading(m: EntityManager, day: string, until: string): Promise<number> {
  const rows: { n: number }[] = await m.query(
    `WITH ins AS (
       INSERT INTO due_item (id, computed_on, kind, item_key, org_id, org_path, member_id, due_on, detail, rule)
       SELECT gen_random_uuid(), $1::date, 'grading', c.id::text || ':' || g.org_id::text, g.org_id, min(g.org_path), NULL, c.deadline,
              jsonb_build_object('campaignId', c.id::text, 'title', c.title, 'year', c.year, 'toDecide', count(*)::int),
              $3
         FROM grading_campaign c JOIN member_grading g ON g.campaign_id = c.id
        WHERE c.status = 'open' AND c.deadline <= $2::date AND g.step <> 'decided' AND g.exclusion_reason IS NULL
        GROUP BY c.id, c.deadline, c.title, c.year, g.org_id
       ON CONFLICT (computed_on, kind, item_key) DO NOTHING
       RETURNING 1
     ) SELECT count(*)::int AS n FROM ins`,
    [day, until, GRADING_RULE],
  );
  return rows[0].n;
}
