import type { ActorRef, MemberBadgeDto, RecordBadgeRequest } from '@lienthong/contracts';
import { uuidv7 } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';

interface BadgeRow {
  id: string;
  member_id: string;
  milestone: number;
  occasion_date: string;
  basis: MemberBadgeDto['basis'];
  decision_number: string;
  decision_date: string;
  badge_number: string | null;
  recorded_at: Date;
}

const COLUMNS = `id, member_id, milestone, occasion_date::text, basis, decision_number, decision_date::text, badge_number, recorded_at`;

function toDto(r: BadgeRow): MemberBadgeDto {
  return {
    id: r.id,
    memberId: r.member_id,
    milestone: r.milestone,
    occasionDate: r.occasion_date,
    basis: r.basis,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    badgeNumber: r.badge_number,
    recordedAt: r.recorded_at.toISOString(),
  };
}

/** The sổ tặng Huy hiệu Đảng rows (member_badge). */
export const memberBadges = {
  async insert(m: EntityManager, request: RecordBadgeRequest, by: ActorRef): Promise<MemberBadgeDto | undefined> {
    const rows: BadgeRow[] = await m.query(
      `INSERT INTO member_badge (id, member_id, milestone, occasion_date, basis, decision_number, decision_date, badge_number, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
       ON CONFLICT (member_id, milestone) DO NOTHING
       RETURNING ${COLUMNS}`,
      [uuidv7(), request.memberId, request.milestone, request.occasionDate, request.basis, request.decisionNumber, request.decisionDate, request.badgeNumber ?? null, JSON.stringify(by)],
    );
    return rows[0] ? toDto(rows[0]) : undefined;
  },

  async ofMember(m: EntityManager, memberId: string): Promise<MemberBadgeDto[]> {
    const rows: BadgeRow[] = await m.query(`SELECT ${COLUMNS} FROM member_badge WHERE member_id = $1 ORDER BY milestone`, [memberId]);
    return rows.map(toDto);
  },
};

/** The member's org path if the member exists (the caller's scope is checked on it), locked for a write when asked. */
export async function memberOrgPath(m: EntityManager, memberId: string, lock = false): Promise<{ orgId: string; orgPath: string } | undefined> {
  const rows: { org_id: string; org_path: string }[] = await m.query(
    `SELECT org_id, org_path FROM party_member WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [memberId],
  );
  return rows[0] ? { orgId: rows[0].org_id, orgPath: rows[0].org_path } : undefined;
}
