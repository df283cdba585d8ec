import {
  CreateMemberRequest,
  GetMemberRequest,
  GetOwnMemberRequest,
  ListMembersRequest,
  MemberCountsRequest,
  SUBJECTS,
  TransferMemberRequest,
  UpdateMemberRequest,
  type MemberCountsDto,
  type MemberDto,
  type MemberSummaryDto,
  type Page,
} from '@lienthong/contracts';
import { RpcHandler, SIGNED_IN_PERMISSION, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CreateMemberUseCase } from './use-cases/create-member.use-case';
import { GetMemberUseCase } from './use-cases/get-member.use-case';
import { GetOwnMemberUseCase } from './use-cases/get-own-member.use-case';
import { ListMembersUseCase } from './use-cases/list-members.use-case';
import { MemberCountsUseCase } from './use-cases/member-counts.use-case';
import { TransferMemberUseCase } from './use-cases/transfer-member.use-case';
import { UpdateMemberUseCase } from './use-cases/update-member.use-case';

/** Messages about party members' records. Payloads arrive validated against their request class. */
@Controller()
export class MembersController {
  constructor(
    @Inject(CreateMemberUseCase) private readonly createMember: CreateMemberUseCase,
    @Inject(GetMemberUseCase) private readonly getMember: GetMemberUseCase,
    @Inject(UpdateMemberUseCase) private readonly updateMember: UpdateMemberUseCase,
    @Inject(TransferMemberUseCase) private readonly transferMember: TransferMemberUseCase,
    @Inject(ListMembersUseCase) private readonly listMembers: ListMembersUseCase,
    @Inject(MemberCountsUseCase) private readonly memberCounts: MemberCountsUseCase,
    @Inject(GetOwnMemberUseCase) private readonly getOwnMember: GetOwnMemberUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberCreate, CreateMemberRequest, { permission: 'members:write', scope: 'subtree' })
  create(request: CreateMemberRequest, context: HandlerContext): Promise<MemberDto> {
    return this.createMember.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGet, GetMemberRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetMemberRequest, context: HandlerContext): Promise<MemberDto> {
    return this.getMember.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberUpdate, UpdateMemberRequest, { permission: 'members:write', scope: 'subtree' })
  update(request: UpdateMemberRequest, context: HandlerContext): Promise<MemberDto> {
    return this.updateMember.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransfer, TransferMemberRequest, { permission: 'members:write', scope: 'subtree' })
  transfer(request: TransferMemberRequest, context: HandlerContext): Promise<MemberDto> {
    return this.transferMember.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberList, ListMembersRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListMembersRequest, context: HandlerContext): Promise<Page<MemberSummaryDto>> {
    return this.listMembers.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberCounts, MemberCountsRequest, { permission: 'members:read', scope: 'subtree' })
  counts(request: MemberCountsRequest, context: HandlerContext): Promise<MemberCountsDto> {
    return this.memberCounts.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberGetOwn, GetOwnMemberRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  own(request: GetOwnMemberRequest, context: HandlerContext): Promise<MemberDto> {
    return this.getOwnMember.execute(request, context);
  }
}
