import type { GradingCampaignDto, GradingCampaignStatus } from '@lienthong/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorScope } from '../scope';
import { campaignVisibleSql, subtreeSql } from './grading-scope';

export interface CampaignRow extends Omit<GradingCampaignDto, 'openedAt' | 'closedAt'> {
  rootOrgPath: string;
  openedAt: Date;
  closedAt: Date | null;
}

const SELECT = `
  SELECT c.id, c.root_org_id AS "rootOrgId", o.name AS "rootOrgName", c.root_org_path AS "rootOrgPath", c.year, c.title,
         to_char(c.deadline, 'YYYY-MM-DD') AS deadline, to_char(c.reference_date, 'YYYY-MM-DD') AS "referenceDate",
         c.status, c.opened_by AS "openedBy", c.opened_at AS "openedAt", c.closed_at AS "closedAt",
         c.member_count AS "memberCount", c.excluded_count AS "excludedCount", c.org_count AS "orgCount", c.version
    FROM grading_campaign c JOIN org o ON o.id = c.root_org_id`;

export interface NewCampaign {
  id: string;
  rootOrgId: string;
  rootOrgPath: string;
  year: number;
  title: string;
  deadline: string;
  referenceDate: string;
  openedBy: string;
}

export interface CampaignListFilter {
  coveringPath?: string;
  year?: number;
  status?: GradingCampaignStatus;
  after?: { year: number; path: string; id: string };
  limit: number;
}

/** Campaigns: their row, the set-based listing of members and orgs when one opens, and the keyset list. */
@Injectable()
export class GradingCampaignRepository {
  async findVisible(m: EntityManager, id: string, scope: ActorScope, lock = false): Promise<CampaignRow | null> {
    const visible = campaignVisibleSql(scope, 'c', 2);
    const rows: CampaignRow[] = await m.query(`${SELECT} WHERE c.id = $1 AND ${visible.sql}${lock ? ' FOR UPDATE OF c' : ''}`, [id, ...visible.params]);
    return rows[0] ?? null;
  }

  /** A campaign of the same year on the org, an ancestor or a descendant: a member is graded once a year. */
  async overlapping(m: EntityManager, path: string, year: number): Promise<boolean> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('grading-campaign'), $1)`, [year]);
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM grading_campaign c WHERE c.year = $2 AND (${subtreeSql('c.root_org_path', 1)} OR starts_with($1::text, c.root_org_path)) LIMIT 1`,
      [path, year],
    );
    return rows.length > 0;
  }

  /** Inserts the campaign, then lists its roll (below). */
  async open(m: EntityManager, c: NewCampaign): Promise<void> {
    await m.query(
      `INSERT INTO grading_campaign (id, root_org_id, root_org_path, year, title, deadline, reference_date, opened_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.id, c.rootOrgId, c.rootOrgPath, c.year, c.title, c.deadline, c.referenceDate, c.openedBy],
    );
    await this.listRoll(m, c.id, c.rootOrgPath, c.referenceDate);
  }

  /**
   * Lists, set-based, every member on the official roll of the subtree (exempt ones and those
   * admitted after the year with their exclusion reason) and every active org, leaving rows already
   * listed alone; members not yet assessed follow their record (org, exemption); paths follow org
   * moves; then stores the counts. Opening runs it once; a refresh runs it again.
   */
  async listRoll(m: EntityManager, campaignId: string, rootPath: string, referenceDate: string): Promise<void> {
    const exclusion = `CASE WHEN pm.status = 'exempt' THEN 'exempt' WHEN pm.first_admission_date > $3::date THEN 'admitted-after-year' END`;
    await m.query(
      `INSERT INTO member_grading (id, campaign_id, member_id, org_id, org_path, exclusion_reason)
       SELECT gen_random_uuid(), $1, pm.id, pm.org_id, pm.org_path, ${exclusion}
         FROM party_member pm
        WHERE ${subtreeSql('pm.org_path', 2)}
          AND pm.status IN ('probationary', 'official', 'exempt', 'temporarily-transferred-out')
       ON CONFLICT DO NOTHING`,
      [campaignId, rootPath, referenceDate],
    );
    await m.query(
      `UPDATE member_grading g SET exclusion_reason = ${exclusion}, org_id = pm.org_id, org_path = pm.org_path, version = g.version + 1
         FROM party_member pm
        WHERE g.campaign_id = $1 AND pm.id = g.member_id AND g.step = 'pending' AND ${subtreeSql('pm.org_path', 2)}
          AND (g.exclusion_reason IS DISTINCT FROM ${exclusion} OR g.org_id <> pm.org_id OR g.org_path <> pm.org_path)`,
      [campaignId, rootPath, referenceDate],
    );
    await m.query(
      `UPDATE member_grading g SET org_path = o.path FROM org o WHERE g.campaign_id = $1 AND o.id = g.org_id AND g.org_path <> o.path`,
      [campaignId],
    );
    await m.query(
      `UPDATE org_grading og SET org_path = o.path, parent_id = o.parent_id FROM org o
        WHERE og.campaign_id = $1 AND o.id = og.org_id AND (og.org_path <> o.path OR og.parent_id IS DISTINCT FROM o.parent_id)`,
      [campaignId],
    );
    await m.query(
      `INSERT INTO org_grading (id, campaign_id, org_id, org_path, parent_id)
       SELECT gen_random_uuid(), $1, o.id, o.path, o.parent_id FROM org o WHERE ${subtreeSql('o.path', 2)} AND o.status = 'active'
       ON CONFLICT DO NOTHING`,
      [campaignId, rootPath],
    );
    await m.query(
      `UPDATE grading_campaign SET
         root_org_path = $2,
         member_count = (SELECT count(*) FROM member_grading WHERE campaign_id = $1),
         excluded_count = (SELECT count(*) FROM member_grading WHERE campaign_id = $1 AND exclusion_reason IS NOT NULL),
         org_count = (SELECT count(*) FROM org_grading WHERE campaign_id = $1)
       WHERE id = $1`,
      [campaignId, rootPath],
    );
  }

  async bumpVersion(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE grading_campaign SET version = version + 1 WHERE id = $1`, [id]);
  }

  async close(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE grading_campaign SET status = 'closed', closed_at = now(), version = version + 1 WHERE id = $1`, [id]);
  }

  /** Newest year first, then by org path: keyset on (year DESC, path, id). */
  async list(m: EntityManager, scope: ActorScope, f: CampaignListFilter): Promise<CampaignRow[]> {
    const visible = campaignVisibleSql(scope, 'c', 1);
    const params: unknown[] = [...visible.params];
    const where = [visible.sql];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (f.coveringPath !== undefined) {
      const p = add(f.coveringPath);
      where.push(`(starts_with(${p}::text, c.root_org_path) OR starts_with(c.root_org_path, ${p}::text))`);
    }
    if (f.year !== undefined) where.push(`c.year = ${add(f.year)}`);
    if (f.status !== undefined) where.push(`c.status = ${add(f.status)}`);
    if (f.after) {
      const [y, p, i] = [add(f.after.year), add(f.after.path), add(f.after.id)];
      where.push(`(c.year < ${y} OR (c.year = ${y} AND (c.root_org_path COLLATE "C", c.id) > (${p}::text COLLATE "C", ${i}::uuid)))`);
    }
    return m.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.year DESC, c.root_org_path COLLATE "C", c.id LIMIT ${add(f.limit + 1)}`, params);
  }
}
