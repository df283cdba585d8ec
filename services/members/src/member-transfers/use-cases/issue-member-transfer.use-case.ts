import type { ErrorDetail, IssueMemberTransferRequest, MemberTransferDto } from '@lienthong/contracts';
import { DomainError, OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { memberError } from '../../members/member.exceptions';
import { MemberRepository } from '../../members/member.repository';
import { OrgEntity } from '../../orgs/org.entity';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberTransferEvent } from '../member-transfer-events';
import { invalidTransfer } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';
import { applyIssue, ON_ROLL_FOR_TRANSFER } from '../member-transfer-roll';
import { checkTemporaryDuration, computeTransferDeadlines, fieldDetail, type TransferField } from '../transfer-deadlines';

/**
 * The sending side issues the introduction letter (294-QĐ/TW 6.3.1): the member's record must be in
 * the caller's scope with members:write there; the receiving org may be anywhere in the tree (the
 * officer sends out of their subtree) or outside the system (its name and the paper letter are the
 * record). The deadlines are computed with the working-day calendar and stored with the transfer.
 */
@Injectable()
export class IssueMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: IssueMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    const { language } = context;
    const field = fieldDetail(language);
    return this.transfers.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const member = await this.members.findVisible(m, request.memberId, scope, true);
      if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', language);
      this.access.assertMayWrite(context, scope, { id: member.orgId });
      if (!ON_ROLL_FOR_TRANSFER.includes(member.status)) {
        throw DomainError.localized('COMMON.CONFLICT', language, [
          field('memberId', 'notOnRoll', `đảng viên đang ở trạng thái "${member.status}", không thể chuyển sinh hoạt`, `the member's status "${member.status}" allows no transfer`),
        ]);
      }
      if (await this.hasOpenTransfer(m, member.id)) {
        throw DomainError.localized('COMMON.CONFLICT', language, [field('memberId', 'openTransfer', 'đảng viên đang có một phiếu chuyển chưa kết thúc', 'the member already has an open transfer')]);
      }
      const target = request.toOrgId ? await this.target(m, request.toOrgId, context) : null;
      const today = partyToday();
      const { deadlines, errors } = this.checkDates(request, member.orgId, target, today, field);
      if (errors.length > 0 || !deadlines) throw invalidTransfer(language, errors);
      const { reopenMembershipId, event } = await applyIssue(m, this.members, member, { kind: request.kind, letterDate: request.letterDate }, today);
      const temporary = request.kind === 'temporary';
      const saved = await this.transfers.insert(m, {
        id: uuidv7(),
        memberId: member.id,
        kind: request.kind,
        state: request.letterDate <= today ? 'in-transit' : 'issued',
        fromOrgId: member.orgId,
        toOrgId: target?.id ?? null,
        externalOrgName: target ? null : (request.externalOrgName ?? null),
        letterNumber: request.letterNumber,
        letterDate: request.letterDate,
        letterIssuer: request.letterIssuer,
        movedOn: request.movedOn,
        startDeadline: deadlines.startDeadline,
        startLate: deadlines.startLate,
        lateExplanation: deadlines.startLate ? (request.lateExplanation ?? null) : null,
        confirmDeadline: deadlines.confirmDeadline,
        temporaryReason: temporary ? (request.temporaryReason ?? null) : null,
        temporaryFrom: temporary ? (request.temporaryFrom ?? null) : null,
        temporaryUntil: temporary ? (request.temporaryUntil ?? null) : null,
        memberFullName: member.fullName,
        memberDateOfBirth: member.dateOfBirth,
        memberCardNumber: member.cardNumber,
        memberFirstAdmission: member.firstAdmissionDate,
        statusBefore: member.status,
        statusSinceBefore: member.statusSince,
        reopenMembershipId,
        note: request.note ?? null,
        decidedOn: null,
        decisionNote: null,
      });
      const dto = toMemberTransferDto(saved, await this.transfers.orgsOf(m, [saved]), today);
      await this.outbox.appendAll(m, [event, memberTransferEvent('issued', dto)], context);
      return dto;
    });
  }

  private async hasOpenTransfer(m: EntityManager, memberId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM member_transfer WHERE member_id = $1 AND state IN ('issued', 'in-transit')`, [memberId]);
    return rows.length > 0;
  }

  /** The receiving org anywhere in the tree: an open org, share-locked so it cannot close meanwhile. */
  private async target(m: EntityManager, id: string, context: HandlerContext): Promise<OrgEntity> {
    const org = await m.createQueryBuilder(OrgEntity, 'o').where('o.id = :id', { id }).setLock('pessimistic_read').getOne();
    if (!org) throw memberError('MEMBERS.ORG_NOT_FOUND', context.language, [fieldDetail(context.language)('toOrgId', 'notFound', 'không có tổ chức đảng này', 'no such party organisation')]);
    if (org.status === 'closed') throw memberError('MEMBERS.ORG_CLOSED', context.language);
    return org;
  }

  private checkDates(request: IssueMemberTransferRequest, fromOrgId: string, target: OrgEntity | null, today: string, field: TransferField) {
    const errors: ErrorDetail[] = [];
    if (request.kind === 'official' && target?.id === fromOrgId) errors.push(field('toOrgId', 'sameOrg', 'đảng viên đang sinh hoạt chính thức tại tổ chức này', 'the member already belongs here'));
    if (request.toOrgId && request.externalOrgName) {
      errors.push(field('externalOrgName', 'exclusive', 'chỉ ghi khi nơi đến ở ngoài hệ thống (không kèm toOrgId)', 'only for a receiving organisation outside the system (not with toOrgId)'));
    }
    if (request.movedOn > today) errors.push(field('movedOn', 'inFuture', 'không được sau ngày hôm nay', 'must not be after today'));
    const computed = computeTransferDeadlines(request.movedOn, request.letterDate, field);
    if (Array.isArray(computed)) return { deadlines: null, errors: [...errors, ...computed] };
    if (computed.confirmDeadline < today) {
      const deadline = displayDate(computed.confirmDeadline);
      errors.push(field('letterDate', 'deadlinePassed', `hạn xuất trình giấy giới thiệu (${deadline}) đã qua`, `the letter's presentation deadline (${deadline}) has passed`));
    }
    if (computed.startLate && !request.lateExplanation) {
      const deadline = displayDate(computed.startDeadline);
      const [vi, en] = [`bắt buộc: giấy giới thiệu lập sau hạn ${deadline} (60 ngày làm việc từ ngày chuyển)`, `required: the letter is dated after the ${deadline} start deadline (60 working days from the move)`];
      errors.push(field('lateExplanation', 'required', vi, en));
    }
    if (request.kind === 'temporary' && request.temporaryReason && request.temporaryFrom && request.temporaryUntil) {
      errors.push(...checkTemporaryDuration(request.temporaryReason, request.temporaryFrom, request.temporaryUntil, field).errors);
    }
    return { deadlines: computed, errors };
  }
}
