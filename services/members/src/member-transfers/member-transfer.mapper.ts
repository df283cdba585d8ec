import type { MemberTransferDto, TransferRuleDto } from '@lienthong/contracts';
import { TEMPORARY_TRANSFER_DURATIONS, TRANSFER_PRESENT_DEADLINE, TRANSFER_START_DEADLINE } from '@lienthong/rules';
import type { MemberTransferEntity } from './member-transfer.entity';
import type { TransferOrgs } from './member-transfer.repository';
import { ruleOf } from './transfer-deadlines';

function rulesOf(t: MemberTransferEntity): TransferRuleDto[] {
  const start = TRANSFER_START_DEADLINE.versionAt(t.movedOn);
  const present = TRANSFER_PRESENT_DEADLINE.versionAt(t.letterDate);
  const temporary = t.temporaryFrom ? TEMPORARY_TRANSFER_DURATIONS.versionAt(t.temporaryFrom) : undefined;
  return [
    ...(start ? [ruleOf(start, TRANSFER_START_DEADLINE.name, start.value.workingDays)] : []),
    ...(present ? [ruleOf(present, TRANSFER_PRESENT_DEADLINE.name, present.value.workingDays)] : []),
    ...(temporary ? [ruleOf(temporary, TEMPORARY_TRANSFER_DURATIONS.name)] : []),
  ];
}

/** Entity → what both sides read: the 10-SHĐ columns copied at issue, never the member's record. */
export function toMemberTransferDto(t: MemberTransferEntity, orgs: TransferOrgs, today: string): MemberTransferDto {
  const open = t.state === 'issued' || t.state === 'in-transit';
  return {
    id: t.id,
    kind: t.kind,
    state: t.state,
    member: {
      id: t.memberId,
      fullName: t.memberFullName,
      dateOfBirth: t.memberDateOfBirth,
      cardNumber: t.memberCardNumber,
      firstAdmissionDecisionDate: t.memberFirstAdmission,
      statusBefore: t.statusBefore,
    },
    fromOrg: { id: t.fromOrgId, name: orgs.get(t.fromOrgId)?.name ?? '' },
    toOrg: t.toOrgId ? { id: t.toOrgId, name: orgs.get(t.toOrgId)?.name ?? '' } : null,
    externalOrgName: t.externalOrgName,
    letter: { number: t.letterNumber, date: t.letterDate, issuer: t.letterIssuer },
    movedOn: t.movedOn,
    startDeadline: t.startDeadline,
    startLate: t.startLate,
    lateExplanation: t.lateExplanation,
    confirmDeadline: t.confirmDeadline,
    overdue: open && today > t.confirmDeadline,
    temporary: t.temporaryReason && t.temporaryFrom && t.temporaryUntil ? { reason: t.temporaryReason, from: t.temporaryFrom, until: t.temporaryUntil } : null,
    rules: rulesOf(t),
    note: t.note,
    decidedOn: t.decidedOn,
    decisionNote: t.decisionNote,
    returnedOn: t.returnedOn,
    returnNote: t.returnNote,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
