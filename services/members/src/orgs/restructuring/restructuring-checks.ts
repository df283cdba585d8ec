import { type DomainError, type HandlerContext, type Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { isWithin } from '../org-path';
import type { OrgEntity } from '../org.entity';
import { dateBeforeOrgExisted, invalidOrgField, orgError } from '../org.exceptions';
import type { ScopedAccess } from '../../scope/scoped-access';
import type { ActorScope } from '../../scope/actor-scope';

/**
 * The checks every predecessor of a merge or split passes, in this order: visible (else 404),
 * writable by the caller and not its own scope root (else 403), at the version the officer read,
 * open, and in existence for at least one day before the effective date.
 */
export function checkPredecessor(
  access: ScopedAccess,
  scope: ActorScope,
  context: HandlerContext,
  org: OrgEntity | undefined,
  expectedVersion: number,
  effectiveDate: string,
): OrgEntity {
  const { language } = context;
  if (!org || !access.contains(scope, org.path)) throw orgError('MEMBERS.ORG_NOT_FOUND', language);
  access.assertMayWrite(context, scope, org, { notOnOwnScopeRoot: true });
  if (org.version !== expectedVersion) throw orgError('MEMBERS.ORG_VERSION_MISMATCH', language);
  if (org.status === 'closed') throw orgError('MEMBERS.ORG_CLOSED', language);
  if (effectiveDate <= org.validFrom) throw dateBeforeOrgExisted(language, 'effectiveDate', org.name, org.validFrom);
  return org;
}

/** An org that must be open and visible to receive orgs (a merge target, a new parent). */
export function checkReceiver(access: ScopedAccess, scope: ActorScope, language: Language, org: OrgEntity | undefined, field: string, effectiveDate: string): OrgEntity {
  if (!org || !access.contains(scope, org.path)) throw orgError(field === 'targetId' ? 'MEMBERS.ORG_NOT_FOUND' : 'MEMBERS.ORG_PARENT_NOT_FOUND', language);
  if (org.status === 'closed') throw orgError(field === 'targetId' ? 'MEMBERS.ORG_CLOSED' : 'MEMBERS.ORG_PARENT_CLOSED', language);
  if (effectiveDate < org.validFrom) {
    throw invalidOrgField(language, 'effectiveDate', 'beforeReceiverValidFrom', {
      vi: `không được trước ngày thành lập của ${org.name} (${displayDate(org.validFrom)})`,
      en: `must not be before the founding day of ${org.name} (${displayDate(org.validFrom)})`,
    });
  }
  return org;
}

/** No predecessor may lie inside another one's subtree: the decision would close an org twice. */
export function assertNotNested(orgs: OrgEntity[], language: Language): void {
  for (const a of orgs) {
    for (const b of orgs) {
      if (a.id !== b.id && isWithin(a.path, b.path)) {
        throw invalidOrgField(language, 'sources', 'nestedSources', {
          vi: `${a.name} trực thuộc ${b.name}: không thể cùng là tổ chức được hợp nhất`,
          en: `${a.name} lies under ${b.name}: both cannot be merged`,
        });
      }
    }
  }
}

export function placementError(language: Language, field: string, code: string, text: { vi: string; en: string }): DomainError {
  return invalidOrgField(language, field, code, text);
}

/** Members move on the effective date: none of them may have joined a closing org after it. */
export function assertMembersJoinedBefore(current: { startedOn: string }[], effectiveDate: string, language: Language): void {
  const latest = current.reduce((d, c) => (c.startedOn > d ? c.startedOn : d), '');
  if (latest > effectiveDate) {
    throw invalidOrgField(language, 'effectiveDate', 'beforeMemberJoined', {
      vi: `không được trước ngày ${displayDate(latest)}, ngày một đảng viên bắt đầu sinh hoạt tại tổ chức được chuyển đi`,
      en: `must not be before ${displayDate(latest)}, when a member joined an organisation that closes`,
    });
  }
}
