import {
  ListBadgeCandidatesRequest,
  ListMemberBadgesRequest,
  RecordBadgeRequest,
  SUBJECTS,
  type BadgeCandidatePageDto,
  type MemberBadgeDto,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ListBadgeCandidatesUseCase } from './use-cases/list-badge-candidates.use-case';
import { ListMemberBadgesUseCase } from './use-cases/list-member-badges.use-case';
import { RecordBadgeUseCase } from './use-cases/record-badge.use-case';

/** The badge register: candidates at an occasion, badges given. */
@Controller()
export class BadgesController {
  constructor(
    @Inject(ListBadgeCandidatesUseCase) private readonly candidates: ListBadgeCandidatesUseCase,
    @Inject(RecordBadgeUseCase) private readonly record: RecordBadgeUseCase,
    @Inject(ListMemberBadgesUseCase) private readonly badges: ListMemberBadgesUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.badgeCandidates, ListBadgeCandidatesRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListBadgeCandidatesRequest, context: HandlerContext): Promise<BadgeCandidatePageDto> {
    return this.candidates.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.badgeRecord, RecordBadgeRequest, { permission: 'members:write', scope: 'subtree' })
  give(request: RecordBadgeRequest, context: HandlerContext): Promise<MemberBadgeDto> {
    return this.record.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.badgeList, ListMemberBadgesRequest, { permission: 'members:read', scope: 'subtree' })
  ofMember(request: ListMemberBadgesRequest, context: HandlerContext): Promise<MemberBadgeDto[]> {
    return this.badges.execute(request, context);
  }
}
