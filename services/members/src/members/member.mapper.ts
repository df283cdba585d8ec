import type { MemberDto, MemberSummaryDto } from '@lienthong/contracts';
import type { PartyMemberEntity } from './entities/party-member.entity';
import type { MemberParts } from './member.repository';

/** The columns a list row is made of (an entity, or a list's raw row). */
export type MemberSummarySource = Pick<
  PartyMemberEntity,
  'id' | 'fullName' | 'sex' | 'dateOfBirth' | 'status' | 'orgId' | 'citizenId' | 'cardNumber' | 'firstAdmissionDate' | 'partyAgeSince' | 'version'
>;

/** Entity or raw row → list row. Never carries sensitive fields (lists, events). */
export function toMemberSummary(p: MemberSummarySource): MemberSummaryDto {
  return {
    id: p.id,
    fullName: p.fullName,
    sex: p.sex,
    dateOfBirth: p.dateOfBirth,
    status: p.status,
    orgId: p.orgId,
    citizenId: p.citizenId,
    cardNumber: p.cardNumber,
    firstAdmissionDecisionDate: p.firstAdmissionDate,
    partyAgeSince: p.partyAgeSince,
    version: p.version,
  };
}

/** Entity and parts → the whole record; `sensitive` only when the caller may read it. */
export function toMemberDto(p: PartyMemberEntity, parts: MemberParts, sensitiveAllowed: boolean): MemberDto {
  const s = parts.sensitive;
  return {
    ...toMemberSummary(p),
    birthName: p.birthName,
    aliases: p.aliases,
    placeOfBirth: p.placeOfBirth,
    homeTown: p.homeTown,
    permanentResidence: p.permanentResidence,
    temporaryResidence: p.temporaryResidence,
    occupation: p.occupation,
    education: p.education,
    qualifications: p.qualifications,
    politicalTheory: p.politicalTheory,
    languages: p.languages,
    historyNumber: p.historyNumber,
    statusSince: p.statusSince,
    periods: parts.periods.map(({ admissionDecisionDate, admissionDecisionNumber, ceremonyDate, recognitionDate, endedOn, endReason }) => ({
      admissionDecisionDate,
      admissionDecisionNumber,
      ceremonyDate,
      recognitionDate,
      endedOn,
      endReason,
    })),
    cards: parts.cards.map(({ cardNumber, issuedOn, replacedOn }) => ({ cardNumber, issuedOn, replacedOn })),
    orgMemberships: parts.memberships.map(({ orgId, kind, startedOn, endedOn }) => ({ orgId, kind, startedOn, endedOn })),
    sensitive: sensitiveAllowed ? { ethnicity: s?.ethnicity ?? null, religion: s?.religion ?? null, family: s?.family ?? [], health: s?.health ?? null } : null,
    sensitiveWithheld: !sensitiveAllowed,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
