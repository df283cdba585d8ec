import type { GradingLevelCode, GradingRollupRowDto } from '@lienthong/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toOrgGradingDto } from './grading.mapper';
import { ORG_GRADING_COLUMNS, type OrgGradingRow } from './org-grading.repository';

interface RollupRow extends OrgGradingRow {
  members: number;
  excluded: number;
  undecided: number;
  xs: number;
  tot: number;
  ht: number;
  kht: number;
}

/**
 * Results rolled up per org in one statement: the org and each of its children, with the members of
 * each one's whole subtree counted per decided level (a path-range join, set-based).
 */
@Injectable()
export class GradingRollupQueries {
  async rollup(m: EntityManager, campaignId: string, orgId: string): Promise<GradingRollupRowDto[]> {
    const rows: RollupRow[] = await m.query(
      `SELECT ${ORG_GRADING_COLUMNS},
              count(g.member_id)::int AS members,
              count(g.member_id) FILTER (WHERE g.exclusion_reason IS NOT NULL)::int AS excluded,
              count(g.member_id) FILTER (WHERE g.exclusion_reason IS NULL AND g.step <> 'decided')::int AS undecided,
              count(g.member_id) FILTER (WHERE g.decided_level = 'hoan-thanh-xuat-sac')::int AS xs,
              count(g.member_id) FILTER (WHERE g.decided_level = 'hoan-thanh-tot')::int AS tot,
              count(g.member_id) FILTER (WHERE g.decided_level = 'hoan-thanh')::int AS ht,
              count(g.member_id) FILTER (WHERE g.decided_level = 'khong-hoan-thanh')::int AS kht
         FROM org_grading og
         JOIN org o ON o.id = og.org_id
         LEFT JOIN member_grading g
           ON g.campaign_id = og.campaign_id AND g.org_path >= og.org_path AND g.org_path < og.org_path || '~'
        WHERE og.campaign_id = $1 AND (og.org_id = $2 OR og.parent_id = $2)
        GROUP BY og.campaign_id, og.org_id, o.id
        ORDER BY (og.org_id = $2) DESC, og.org_path`,
      [campaignId, orgId],
    );
    return rows.map((r) => ({
      orgId: r.orgId,
      orgName: r.orgName,
      parentId: r.parentId,
      members: r.members,
      excluded: r.excluded,
      undecided: r.undecided,
      levels: { 'hoan-thanh-xuat-sac': r.xs, 'hoan-thanh-tot': r.tot, 'hoan-thanh': r.ht, 'khong-hoan-thanh': r.kht } satisfies Record<GradingLevelCode, number>,
      orgGrading: toOrgGradingDto(r),
    }));
  }
}
