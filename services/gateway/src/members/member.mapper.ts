import type { CorrectionRequestDto, MemberCountsDto, MemberDto, MemberSummaryDto, Page } from '@lienthong/contracts';
import type { CorrectionPageDto, CorrectionRequestResponseDto } from './dto/member-correction.dto';
import type {
  MemberCountsResponseDto,
  MemberPageDto,
  MemberResponseDto,
  MemberRowResponseDto,
  MemberSummaryResponseDto,
} from './dto/member.dto';

/** Field by field, so that a field added to the message contract is not published by accident. */
export function toMemberSummaryResponse(m: MemberSummaryDto): MemberSummaryResponseDto {
  return {
    id: m.id,
    fullName: m.fullName,
    sex: m.sex,
    dateOfBirth: m.dateOfBirth,
    status: m.status,
    orgId: m.orgId,
    citizenId: m.citizenId,
    cardNumber: m.cardNumber,
    firstAdmissionDecisionDate: m.firstAdmissionDecisionDate,
    partyAgeSince: m.partyAgeSince,
    version: m.version,
  };
}

export function toMemberResponse(m: MemberDto): MemberResponseDto {
  return {
    ...toMemberSummaryResponse(m),
    birthName: m.birthName,
    aliases: m.aliases,
    placeOfBirth: m.placeOfBirth,
    homeTown: m.homeTown,
    permanentResidence: m.permanentResidence,
    temporaryResidence: m.temporaryResidence,
    occupation: m.occupation,
    education: m.education,
    qualifications: m.qualifications,
    politicalTheory: m.politicalTheory,
    languages: m.languages,
    historyNumber: m.historyNumber,
    statusSince: m.statusSince,
    periods: m.periods.map((p) => ({ ...p })),
    cards: m.cards.map((c) => ({ ...c })),
    orgMemberships: m.orgMemberships.map((o) => ({ ...o })),
    sensitive: m.sensitive === null ? null : { ...m.sensitive, family: m.sensitive.family.map((f) => ({ ...f })) },
    sensitiveWithheld: m.sensitiveWithheld,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** `orgNames`: the names of the page's orgs (from the gateway's org replica). */
export function toMemberPage(page: Page<MemberSummaryDto>, orgNames: ReadonlyMap<string, string>): MemberPageDto {
  const row = (m: MemberSummaryDto): MemberRowResponseDto => ({ ...toMemberSummaryResponse(m), orgName: orgNames.get(m.orgId) ?? null });
  return { items: page.items.map(row), nextCursor: page.nextCursor };
}

export function toMemberCountsResponse(c: MemberCountsDto): MemberCountsResponseDto {
  return {
    orgId: c.orgId,
    includeSubtree: c.includeSubtree,
    byStatus: { ...c.byStatus },
    onRoll: c.onRoll,
    official: c.official,
    probationary: c.probationary,
    temporaryIn: c.temporaryIn,
  };
}

export function toCorrectionResponse(c: CorrectionRequestDto): CorrectionRequestResponseDto {
  return {
    id: c.id,
    memberId: c.memberId,
    memberName: c.memberName,
    orgId: c.orgId,
    items: c.items.map((i) => ({ field: i.field, proposedValue: i.proposedValue })),
    note: c.note,
    status: c.status,
    createdAt: c.createdAt,
    resolution: c.resolution === null ? null : { note: c.resolution.note, resolvedAt: c.resolution.resolvedAt, resolvedByName: c.resolution.resolvedByName },
  };
}

export function toCorrectionPage(page: Page<CorrectionRequestDto>): CorrectionPageDto {
  return { items: page.items.map(toCorrectionResponse), nextCursor: page.nextCursor };
}
