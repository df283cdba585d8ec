import { DomainError, type HandlerContext } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { ScopedAccess } from '../scope';
import { memberOrgPath } from './member-badge.repository';

/** The member when it lies in the caller's scope (else 404); for a write, locked and the write allowed (else 403). */
export async function requireMemberInScope(
  access: ScopedAccess,
  m: EntityManager,
  memberId: string,
  context: HandlerContext,
  write: boolean,
): Promise<{ orgId: string; orgPath: string }> {
  const scope = await access.scopeOf(context, m);
  const member = await memberOrgPath(m, memberId, write);
  if (!member || !access.contains(scope, member.orgPath)) throw DomainError.localized('MEMBERS.MEMBER_NOT_FOUND', context.language);
  if (write) access.assertMayWrite(context, scope, { id: member.orgId });
  return member;
}
