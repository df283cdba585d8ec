import type { SuccessionKind } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

export interface SuccessionRow {
  restructuringId: string;
  kind: SuccessionKind;
  predecessorId: string;
  predecessorName: string;
  predecessorPath: string;
  successorId: string;
  successorName: string;
  successorPath: string;
  effectiveDate: string;
  decisionRef: string;
}

export interface NewSuccession {
  restructuringId: string;
  kind: SuccessionKind;
  predecessorId: string;
  successorId: string;
  effectiveDate: string;
  decisionRef: string;
}

/** `org_succession`: the links a merge or split leaves between closed orgs and their successors. */
@Injectable()
export class OrgSuccessionRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async insert(m: EntityManager, links: NewSuccession[]): Promise<void> {
    if (links.length === 0) return;
    await m.query(
      `INSERT INTO org_succession (restructuring_id, kind, predecessor_id, successor_id, effective_date, decision_ref)
       SELECT r."restructuringId", r.kind, r."predecessorId", r."successorId", r."effectiveDate", r."decisionRef"
         FROM jsonb_to_recordset($1::jsonb) AS r("restructuringId" uuid, kind text, "predecessorId" uuid, "successorId" uuid,
                                                "effectiveDate" date, "decisionRef" text)`,
      [JSON.stringify(links)],
    );
  }

  /** Every link in which the org is the predecessor or the successor, oldest first, with both orgs' names and paths. */
  linksOf(orgId: string): Promise<SuccessionRow[]> {
    return this.dataSource.query(
      `SELECT s.restructuring_id AS "restructuringId", s.kind, s.predecessor_id AS "predecessorId", p.name AS "predecessorName",
              p.path AS "predecessorPath", s.successor_id AS "successorId", n.name AS "successorName", n.path AS "successorPath",
              to_char(s.effective_date, 'YYYY-MM-DD') AS "effectiveDate", s.decision_ref AS "decisionRef"
         FROM org_succession s JOIN org p ON p.id = s.predecessor_id JOIN org n ON n.id = s.successor_id
        WHERE s.predecessor_id = $1 OR s.successor_id = $1
        ORDER BY s.effective_date, s.created_at, n.name`,
      [orgId],
    );
  }
}
