import type { DisciplineForm } from '@lienthong/rules';
import type { EntityManager } from 'typeorm';

/** A member the coarse SQL filter lets through, with what the exact rule needs. */
export interface BadgeMemberRow {
  id: string;
  full_name: string;
  full_name_folded: string;
  date_of_birth: string;
  org_id: string;
  org_name: string;
  org_path: string;
  status: string;
  status_since: string;
  awarded: number[];
  periods: { admitted: string; ended: string | null }[];
  disciplines: { form: DisciplineForm; decidedOn: string; ref: string | null }[];
  seriously_ill: boolean;
}

export interface BadgeRange {
  /** Subtree range on org_path; null = everything. */
  low: string | null;
  high: string | null;
  occasion: string;
  /** Latest reach date a milestone can have and still count at the occasion (widest early window). */
  horizon: string;
  milestones: readonly number[];
  /** With a milestone filter: party age must not already have passed the next milestone by the occasion. */
  nextAfterFilter: number | null;
}

export type BadgeKeyset = [orgPath: string, name: string, id: string];

// The coarse filter (members.md §4.6), in SQL so that a whole đảng bộ is not walked in JS: members in the
// Party (or died in the last 12 months: posthumous award), whose party_age_since (first admission + days
// outside) reaches a milestone above the last one given by the occasion — or, for the seriously ill and the
// dead only, by the widest early window ($4). party_age_since counts days, the exact rule months + days: a
// month of slack on each bound, the exact rule decides. With the badge history in, this leaves the members
// of the coming occasion, not everyone within two years of a milestone.
const CANDIDATES_SQL = `
  SELECT m.id, m.full_name, m.full_name_folded, m.date_of_birth::text, m.org_id, o.name AS org_name, m.org_path,
         m.status, m.status_since::text, a.awarded,
         (SELECT json_agg(json_build_object('admitted', p.admission_decision_date::text, 'ended', p.ended_on::text) ORDER BY p.seq)
            FROM member_period p WHERE p.member_id = m.id) AS periods,
         (SELECT COALESCE(json_agg(json_build_object('form', d.form, 'decidedOn', d.decided_on::text, 'ref', d.decision_ref) ORDER BY d.decided_on), '[]')
            FROM member_discipline d WHERE d.member_id = m.id) AS disciplines,
         w.seriously_ill
    FROM party_member m
    JOIN org o ON o.id = m.org_id
    CROSS JOIN LATERAL (SELECT COALESCE(array_agg(b.milestone::int ORDER BY b.milestone), '{}') AS awarded FROM member_badge b WHERE b.member_id = m.id) a
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM member_serious_illness s WHERE s.member_id = m.id AND s.since <= $3::date) AS seriously_ill) w
   WHERE ($1::text IS NULL OR (m.org_path >= $1::text COLLATE "C" AND m.org_path < $2::text COLLATE "C"))
     AND m.status IN ('official', 'exempt', 'temporarily-transferred-out', 'deceased')
     AND (m.status <> 'deceased' OR (m.status_since <= $3::date AND m.status_since > $3::date - interval '12 months'))
     AND EXISTS (SELECT 1 FROM unnest($5::int[]) y
                  WHERE y > COALESCE((SELECT max(x) FROM unnest(a.awarded) x), 0)
                    AND m.party_age_since + make_interval(years => y)
                        <= (CASE WHEN w.seriously_ill OR m.status = 'deceased' THEN $4::date ELSE $3::date END) + interval '1 month')
     AND ($6::int IS NULL OR m.party_age_since + make_interval(years => $6::int) > $3::date - interval '1 month')
     AND ($7::text IS NULL OR (m.org_path, m.full_name_folded, m.id) > ($7::text COLLATE "C", $8::text COLLATE "C", $9::uuid))
   ORDER BY m.org_path, m.full_name_folded, m.id
   LIMIT $10`;

/** One batch of coarse candidates after `after`, in roll order (org path, folded name, id). */
export async function badgeCandidateBatch(
  m: EntityManager,
  range: BadgeRange,
  after: BadgeKeyset | undefined,
  size: number,
): Promise<BadgeMemberRow[]> {
  const rows: BadgeMemberRow[] = await m.query(CANDIDATES_SQL, [
    range.low,
    range.high,
    range.occasion,
    range.horizon,
    range.milestones,
    range.nextAfterFilter,
    after?.[0] ?? null,
    after?.[1] ?? null,
    after?.[2] ?? null,
    size,
  ]);
  return rows;
}

/** The same facts for one member (recording a badge checks the exact rule again). */
export async function badgeMemberFacts(m: EntityManager, memberId: string, occasion: string): Promise<BadgeMemberRow | undefined> {
  const rows: BadgeMemberRow[] = await m.query(
    `SELECT m.id, m.full_name, m.full_name_folded, m.date_of_birth::text, m.org_id, o.name AS org_name, m.org_path,
            m.status, m.status_since::text,
            (SELECT COALESCE(array_agg(b.milestone::int ORDER BY b.milestone), '{}') FROM member_badge b WHERE b.member_id = m.id) AS awarded,
            (SELECT json_agg(json_build_object('admitted', p.admission_decision_date::text, 'ended', p.ended_on::text) ORDER BY p.seq)
               FROM member_period p WHERE p.member_id = m.id) AS periods,
            (SELECT COALESCE(json_agg(json_build_object('form', d.form, 'decidedOn', d.decided_on::text, 'ref', d.decision_ref) ORDER BY d.decided_on), '[]')
               FROM member_discipline d WHERE d.member_id = m.id) AS disciplines,
            EXISTS (SELECT 1 FROM member_serious_illness s WHERE s.member_id = m.id AND s.since <= $2::date) AS seriously_ill
       FROM party_member m JOIN org o ON o.id = m.org_id
      WHERE m.id = $1`,
    [memberId, occasion],
  );
  return rows[0];
}
