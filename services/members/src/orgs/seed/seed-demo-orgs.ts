import { EVENTS } from '@lienthong/contracts';
import { advisoryLockKey, foldVietnamese, OutboxWriter, systemClaims, uuidv7 } from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { recordInitialHistory } from '../history/org-history.repository';
import { isKindAllowed, type OrgKindRule } from '../org-kind-rules';
import { orgChanged } from '../org-events';
import { childPath, pathDepth } from '../org-path';
import { OrgEntity } from '../org.entity';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { DEMO_ORG_TREE, type DemoOrg } from './demo-org-tree';

const SEED_LOCK = advisoryLockKey('members:demo-seed');

/**
 * Creates the demo tree when the org table is empty, in one transaction: a replica booting
 * at the same time waits on the lock and then finds the tree there. Returns how many orgs
 * it created (0 when the tree was already there).
 */
export async function seedDemoOrgs(dataSource: DataSource, tree: DemoOrg = DEMO_ORG_TREE): Promise<number> {
  const orgs = new OrgRepository(dataSource);
  return dataSource.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1::bigint)', [SEED_LOCK]);
    const [{ present }] = await m.query<{ present: boolean }[]>('SELECT EXISTS (SELECT 1 FROM org) AS present');
    if (present) return 0;
    await orgs.lockTreeShape(m, 'shared');
    const created = await insertTree(m, orgs, await orgs.kindRules(m), tree, null);
    await recordInitialHistory(m);
    await announce(m, orgs);
    return created;
  });
}

/** Replicas hear of the demo tree as of any other: one created event per org, as it stands. */
async function announce(m: EntityManager, orgs: OrgRepository): Promise<void> {
  const all = await m.find(OrgEntity, { order: { seq: 'ASC' } });
  const dtos = await new OrgMapper(orgs).toDtos(all, m);
  const correlationId = randomUUID();
  await new OutboxWriter().appendAll(
    m,
    dtos.map((dto) => orgChanged(EVENTS.members.orgCreated, dto)),
    { auth: systemClaims('members'), correlationId },
  );
}

async function insertTree(m: EntityManager, orgs: OrgRepository, rules: OrgKindRule[], node: DemoOrg, parent: OrgEntity | null): Promise<number> {
  // The demo data obeys the same versioned rules as an officer would.
  if (!isKindAllowed(rules, parent?.kind ?? null, node.kind, node.validFrom)) {
    throw new Error(`Demo tree: ${node.kind} may not sit under ${parent?.kind ?? 'the root'} (${node.name})`);
  }
  const seq = await orgs.nextSeq(m);
  const path = childPath(parent?.path ?? null, seq);
  let org = await orgs.insert(m, {
    id: uuidv7(),
    seq,
    parentId: parent?.id ?? null,
    name: node.name,
    nameFolded: foldVietnamese(node.name),
    shortName: node.shortName,
    shortNameFolded: foldVietnamese(node.shortName),
    kind: node.kind,
    validFrom: node.validFrom,
    path,
    depth: pathDepth(path),
  });
  let created = 1;
  for (const child of node.children ?? []) created += await insertTree(m, orgs, rules, child, org);
  if (node.closed) {
    org = await orgs.update(m, org.id, { status: 'closed', validTo: node.closed.validTo, closeReason: node.closed.reason });
  }
  return created;
}
