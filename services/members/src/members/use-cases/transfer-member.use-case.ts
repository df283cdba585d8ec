import type { MemberDto, TransferMemberRequest } from '@lienthong/contracts';
import { OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberTransferred } from '../member-events';
import { invalidRecord, memberError } from '../member.exceptions';
import { toMemberDto, toMemberSummary } from '../member.mapper';
import { canReadSensitive } from '../member-record';
import { MemberRepository } from '../member.repository';

/**
 * Moves a member's official roll to another org (the record goes with it: `org_id`, `org_path`),
 * or attaches the member temporarily to a host org (not counted in its đảng số). Both orgs must
 * be within the actor's scope for now; transfers across subtrees (with the receiving side's
 * acceptance, 294-QĐ/TW 6.3.1) belong to the lifecycle issue.
 */
@Injectable()
export class TransferMemberUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: TransferMemberRequest, context: HandlerContext): Promise<MemberDto> {
    const { auth, language } = context;
    return this.members.transaction(async (m) => {
      const scope = await this.access.scopeOf({ auth }, m);
      const member = await this.members.findVisible(m, request.id, scope, true);
      if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', language);
      if (member.version !== request.expectedVersion) throw memberError('MEMBERS.MEMBER_VERSION_MISMATCH', language);
      this.access.assertMayWrite(context, scope, { id: member.orgId });
      const target = await this.access.requireVisibleOrg(m, request.toOrgId, scope, context, { lock: 'share' });
      if (target.status === 'closed') throw memberError('MEMBERS.ORG_CLOSED', language);
      const { memberships } = await this.members.parts(m, member.id, false);
      const open = memberships.filter((x) => x.kind === request.kind && x.endedOn === null);
      const field = (code: string, vi: string, en: string) =>
        invalidRecord(language, [{ field: 'effectiveOn', code, message: `effectiveOn: ${language === 'vi' ? vi : en}` }]);
      if (request.effectiveOn > partyToday()) throw field('inFuture', 'không được sau ngày hôm nay', 'must not be after today');
      if (open.some((x) => request.effectiveOn < x.startedOn)) {
        throw field('beforeCurrent', 'không được trước ngày bắt đầu sinh hoạt hiện tại', 'must not be before the current membership started');
      }
      if (request.kind === 'official' && target.id === member.orgId) {
        throw invalidRecord(language, [{ field: 'toOrgId', code: 'sameOrg', message: `toOrgId: ${language === 'vi' ? 'đảng viên đang sinh hoạt chính thức tại tổ chức này' : 'the member already belongs here'}` }]);
      }
      await this.members.endMemberships(m, member.id, request.kind, request.effectiveOn);
      await this.members.insertMembership(m, { id: uuidv7(), memberId: member.id, orgId: target.id, kind: request.kind, startedOn: request.effectiveOn, endedOn: null });
      const updated = await this.members.update(m, member.id, request.kind === 'official' ? { orgId: target.id, orgPath: target.path } : {});
      await this.outbox.append(
        m,
        memberTransferred(toMemberSummary(updated), { kind: request.kind, fromOrgId: member.orgId, toOrgId: target.id, effectiveOn: request.effectiveOn }),
        context,
      );
      const sensitive = canReadSensitive(auth);
      return toMemberDto(updated, await this.members.parts(m, member.id, sensitive), sensitive);
    });
  }
}
