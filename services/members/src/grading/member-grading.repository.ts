import type { GradingLevelCode, GradingStep, ListMemberGradingsRequest } from '@lienthong/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { scopeSql, type ActorScope } from '../scope';
import { subtreeSql } from './grading-scope';

/** A member_grading row as read, with the member's and org's names. */
export interface MemberGradingRow {
  id: string;
  campaignId: string;
  memberId: string;
  memberName: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  exclusionReason: 'exempt' | 'admitted-after-year' | null;
  step: GradingStep;
  selfPoints: number | null;
  selfLevel: GradingLevelCode | null;
  selfComment: string | null;
  selfAt: Date | null;
  selfBy: string | null;
  proposedPoints: number | null;
  proposedLevel: GradingLevelCode | null;
  proposedComment: string | null;
  proposedAt: Date | null;
  proposedBy: string | null;
  decidedPoints: number | null;
  decidedLevel: GradingLevelCode | null;
  decidedComment: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionRef: string | null;
  version: number;
}

const mark = (p: string) =>
  `g.${p}_points AS "${p}Points", g.${p}_level AS "${p}Level", g.${p}_comment AS "${p}Comment", g.${p}_at AS "${p}At", g.${p}_by AS "${p}By"`;

const COLUMNS = `
  g.id, g.campaign_id AS "campaignId", g.member_id AS "memberId", pm.full_name AS "memberName", g.org_id AS "orgId",
  o.name AS "orgName", g.org_path AS "orgPath", g.exclusion_reason AS "exclusionReason", g.step,
  ${mark('self')}, ${mark('proposed')}, ${mark('decided')}, g.decision_ref AS "decisionRef", g.version`;
const FROM = `FROM member_grading g JOIN party_member pm ON pm.id = g.member_id JOIN org o ON o.id = g.org_id`;
const SELECT = `SELECT ${COLUMNS} ${FROM}`;

export interface OwnGradingRow extends MemberGradingRow {
  campaignTitle: string;
  campaignYear: number;
  campaignDeadline: string;
  campaignStatus: 'open' | 'closed';
  campaignRootOrgName: string;
}

export type MarkStep = 'self' | 'proposed' | 'decided';

export interface MarkWrite {
  points: number;
  level: GradingLevelCode;
  comment: string | null;
  by: string;
  decisionRef?: string | null;
}

const NEXT_STEP: Record<MarkStep, GradingStep> = { self: 'self-assessed', proposed: 'proposed', decided: 'decided' };

@Injectable()
export class MemberGradingRepository {
  /** The member's grading in the campaign, if the member lies in the scope (`null` scope: no restriction, e.g. scope self). */
  async find(m: EntityManager, campaignId: string, memberId: string, scope: ActorScope | null, lock = false): Promise<MemberGradingRow | null> {
    const inScope = scope ? scopeSql(scope, 'g.org_path', 3) : { sql: 'TRUE', params: [] };
    const rows: MemberGradingRow[] = await m.query(
      `${SELECT} WHERE g.campaign_id = $1 AND g.member_id = $2 AND ${inScope.sql}${lock ? ' FOR UPDATE OF g' : ''}`,
      [campaignId, memberId, ...inScope.params],
    );
    return rows[0] ?? null;
  }

  async writeMark(m: EntityManager, id: string, step: MarkStep, w: MarkWrite): Promise<void> {
    await m.query(
      `UPDATE member_grading SET step = $2, ${step}_points = $3, ${step}_level = $4, ${step}_comment = $5, ${step}_at = now(), ${step}_by = $6,
              decision_ref = CASE WHEN $2 = 'decided' THEN $7 ELSE decision_ref END, version = version + 1
        WHERE id = $1`,
      [id, NEXT_STEP[step], w.points, w.level, w.comment, w.by, w.decisionRef ?? null],
    );
  }

  /** The decided levels of a group: the graded members of one org in the campaign. */
  async decidedLevels(m: EntityManager, campaignId: string, orgId: string): Promise<GradingLevelCode[]> {
    const rows: { level: GradingLevelCode }[] = await m.query(
      `SELECT decided_level AS level FROM member_grading
        WHERE campaign_id = $1 AND org_id = $2 AND exclusion_reason IS NULL AND step = 'decided'`,
      [campaignId, orgId],
    );
    return rows.map((r) => r.level);
  }

  /** A member's own gradings, newest year first (at most 20: one campaign a year). */
  listOwn(m: EntityManager, memberId: string): Promise<OwnGradingRow[]> {
    return m.query(
      `SELECT ${COLUMNS}, c.title AS "campaignTitle", c.year AS "campaignYear", to_char(c.deadline, 'YYYY-MM-DD') AS "campaignDeadline",
              c.status AS "campaignStatus", ro.name AS "campaignRootOrgName"
         ${FROM} JOIN grading_campaign c ON c.id = g.campaign_id JOIN org ro ON ro.id = c.root_org_id
        WHERE g.member_id = $1 ORDER BY c.year DESC, c.id LIMIT 20`,
      [memberId],
    );
  }

  /** Keyset on (org path, member id), within the scope and optionally an org's subtree. */
  async list(
    m: EntityManager,
    scope: ActorScope,
    r: ListMemberGradingsRequest & { limit: number; underPath?: string; after?: { path: string; id: string } },
  ): Promise<MemberGradingRow[]> {
    const inScope = scopeSql(scope, 'g.org_path', 2);
    const params: unknown[] = [r.campaignId, ...inScope.params];
    const where = ['g.campaign_id = $1', inScope.sql];
    const add = (value: unknown) => {
      params.push(value);
      return params.length;
    };
    if (r.underPath !== undefined) where.push(subtreeSql('g.org_path', add(r.underPath)));
    if (r.level !== undefined) where.push(`g.decided_level = $${add(r.level)}`);
    if (r.step !== undefined) where.push(`g.step = $${add(r.step)}`);
    if (r.excluded !== undefined) where.push(r.excluded ? 'g.exclusion_reason IS NOT NULL' : 'g.exclusion_reason IS NULL');
    if (r.after) {
      const [p, i] = [add(r.after.path), add(r.after.id)];
      where.push(`(g.org_path, g.member_id) > ($${p}::text COLLATE "C", $${i}::uuid)`);
    }
    return m.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY g.org_path, g.member_id LIMIT $${add(r.limit + 1)}`, params);
  }
}
