import { EVENTS, OrgChangedEventV1Payload, type OrgSnapshotRow } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import type { ReplicaDefinition, ReplicaEventHandler } from '../replica-definition';
import { applyOrgState } from './apply-org-state';

export const ORG_REPLICA = 'org_replica';

const ORG_FACTS = [EVENTS.members.orgCreated, EVENTS.members.orgUpdated, EVENTS.members.orgMoved, EVENTS.members.orgClosed];

/** The organisation tree replica: members' snapshot, then `members.org.{created,updated,moved,closed}.v1`. */
export const orgReplicaDefinition: ReplicaDefinition<OrgSnapshotRow> = {
  name: ORG_REPLICA,
  source: 'members',
  events: ORG_FACTS.map(
    (type): ReplicaEventHandler<OrgChangedEventV1Payload> => ({
      type,
      payloadType: OrgChangedEventV1Payload,
      apply: (event, manager) => applyOrgState(manager, event.payload.org),
    }),
  ),
  loadPage: loadOrgPage,
  finishSnapshot: computeOrgPaths,
};

/** Snapshot rows land with a provisional path (`/<id>/`); `computeOrgPaths` sets the real ones. */
async function loadOrgPage(m: EntityManager, rows: readonly OrgSnapshotRow[]): Promise<void> {
  await m.query(
    `INSERT INTO org_replica (id, parent_id, path, depth, status, name, short_name, kind, valid_from, valid_to, version)
     SELECT r.id, r."parentId", '/' || r.id || '/', 0, r.status, r.name, r."shortName", r.kind, r."validFrom", r."validTo", r.version
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "parentId" uuid, status text, name text, "shortName" text, kind text,
                                              "validFrom" date, "validTo" date, version int)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Paths of the whole tree from the parent links, in one statement. Pages are read at different
 * moments, so a move between two pages can leave a loop or a dangling parent: those rows keep
 * their provisional path until the move's fact (after the consumer's position) fixes them.
 */
async function computeOrgPaths(m: EntityManager): Promise<void> {
  await m.query(`
    WITH RECURSIVE tree AS (
      SELECT id, ('/' || id || '/') COLLATE "C" AS p, 0 AS d FROM org_replica WHERE parent_id IS NULL
      UNION ALL
      SELECT c.id, (tree.p || c.id || '/') COLLATE "C", tree.d + 1 FROM org_replica c JOIN tree ON c.parent_id = tree.id
    )
    UPDATE org_replica r SET path = tree.p, depth = tree.d FROM tree WHERE r.id = tree.id`);
}
