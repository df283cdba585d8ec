import type { GradingLevelCode } from '@lienthong/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MarkWrite } from './member-grading.repository';

export interface OrgGradingRow {
  id: string;
  campaignId: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  parentId: string | null;
  decidedPoints: number | null;
  decidedLevel: GradingLevelCode | null;
  decidedComment: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionRef: string | null;
  version: number;
}

export const ORG_GRADING_COLUMNS = `
  og.id, og.campaign_id AS "campaignId", og.org_id AS "orgId", o.name AS "orgName", og.org_path AS "orgPath", og.parent_id AS "parentId",
  og.decided_points AS "decidedPoints", og.decided_level AS "decidedLevel", og.decided_comment AS "decidedComment",
  og.decided_at AS "decidedAt", og.decided_by AS "decidedBy", og.decision_ref AS "decisionRef", og.version`;

/** Organisations' own grading in a campaign (one row per org listed when it opened). */
@Injectable()
export class OrgGradingRepository {
  async find(m: EntityManager, campaignId: string, orgId: string, lock = false): Promise<OrgGradingRow | null> {
    const rows: OrgGradingRow[] = await m.query(
      `SELECT ${ORG_GRADING_COLUMNS} FROM org_grading og JOIN org o ON o.id = og.org_id
        WHERE og.campaign_id = $1 AND og.org_id = $2${lock ? ' FOR UPDATE OF og' : ''}`,
      [campaignId, orgId],
    );
    return rows[0] ?? null;
  }

  async decide(m: EntityManager, id: string, w: MarkWrite): Promise<void> {
    await m.query(
      `UPDATE org_grading SET decided_points = $2, decided_level = $3, decided_comment = $4, decided_at = now(), decided_by = $5,
              decision_ref = $6, version = version + 1 WHERE id = $1`,
      [id, w.points, w.level, w.comment, w.by, w.decisionRef ?? null],
    );
  }

  /** The decided levels of the orgs under one parent in the campaign: the group the cap applies to. */
  async decidedSiblingLevels(m: EntityManager, campaignId: string, parentId: string | null): Promise<GradingLevelCode[]> {
    const rows: { level: GradingLevelCode }[] = await m.query(
      `SELECT decided_level AS level FROM org_grading
        WHERE campaign_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid AND decided_level IS NOT NULL`,
      [campaignId, parentId],
    );
    return rows.map((r) => r.level);
  }
}
