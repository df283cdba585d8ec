import {
  SUBJECTS,
  type BadgeCandidatePageDto,
  type BadgeCircumstancesDto,
  type RecordDisciplineRequest,
  type SetSeriousIllnessRequest,
  type ListBadgeCandidatesRequest,
  type MemberBadgeDto,
  type RecordBadgeRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's badge register messages. Errors arrive as DomainError. */
export class BadgesClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  candidates(request: ListBadgeCandidatesRequest, context: CallContext): Promise<BadgeCandidatePageDto> {
    return this.call(SUBJECTS.members.badgeCandidates, request, context);
  }

  record(request: RecordBadgeRequest, context: CallContext): Promise<MemberBadgeDto> {
    return this.call(SUBJECTS.members.badgeRecord, request, context);
  }

  ofMember(memberId: string, context: CallContext): Promise<MemberBadgeDto[]> {
    return this.call(SUBJECTS.members.badgeList, { memberId }, context);
  }

  circumstances(memberId: string, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.badgeCircumstancesGet, { memberId }, context);
  }

  recordDiscipline(request: RecordDisciplineRequest, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.memberDisciplineRecord, request, context);
  }

  setSeriousIllness(request: SetSeriousIllnessRequest, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.seriousIllnessSet, request, context);
  }

  clearSeriousIllness(memberId: string, context: CallContext): Promise<BadgeCircumstancesDto> {
    return this.call(SUBJECTS.members.seriousIllnessClear, { memberId }, context);
  }
}
