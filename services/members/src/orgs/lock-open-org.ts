import type { Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { orgError } from './org.exceptions';
import type { OrgEntity } from './org.entity';
import type { OrgRepository, OrgScope } from './org.repository';

/**
 * The common start of every change to an organisation (rename, move, close): the org the
 * actor may see, row-locked for this transaction, still at the version the caller read,
 * and still open (a closed organisation is a historical record).
 */
export async function lockOpenOrg(
  orgs: OrgRepository,
  m: EntityManager,
  target: { id: string; expectedVersion: number },
  scope: OrgScope,
  language: Language,
): Promise<OrgEntity> {
  const org = await orgs.findVisible(m, target.id, scope, 'update');
  if (!org) throw orgError('MEMBERS.ORG_NOT_FOUND', language);
  if (org.version !== target.expectedVersion) throw orgError('MEMBERS.ORG_VERSION_MISMATCH', language);
  if (org.status === 'closed') throw orgError('MEMBERS.ORG_CLOSED', language);
  return org;
}
