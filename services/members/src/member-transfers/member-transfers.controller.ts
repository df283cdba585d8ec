import {
  DecideMemberTransferRequest,
  GetMemberTransferRequest,
  IssueMemberTransferRequest,
  ListMemberTransfersRequest,
  MemberTransferDeadlinesRequest,
  ReturnMemberTransferRequest,
  SearchTransferDestinationsRequest,
  SUBJECTS,
  type MemberTransferDto,
  type Page,
  type TransferDeadlinesDto,
  type TransferDestinationDto,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CancelMemberTransferUseCase } from './use-cases/cancel-member-transfer.use-case';
import { ConfirmMemberTransferUseCase } from './use-cases/confirm-member-transfer.use-case';
import { GetMemberTransferUseCase } from './use-cases/get-member-transfer.use-case';
import { IssueMemberTransferUseCase } from './use-cases/issue-member-transfer.use-case';
import { ListMemberTransfersUseCase } from './use-cases/list-member-transfers.use-case';
import { MemberTransferDeadlinesUseCase } from './use-cases/member-transfer-deadlines.use-case';
import { RefuseMemberTransferUseCase } from './use-cases/refuse-member-transfer.use-case';
import { ReturnMemberTransferUseCase } from './use-cases/return-member-transfer.use-case';
import { SearchTransferDestinationsUseCase } from './use-cases/search-transfer-destinations.use-case';

/** Messages of the transfer handshake. Each side is checked again in the use case (scope of either org). */
@Controller()
export class MemberTransfersController {
  constructor(
    @Inject(IssueMemberTransferUseCase) private readonly issueTransfer: IssueMemberTransferUseCase,
    @Inject(MemberTransferDeadlinesUseCase) private readonly deadlinesOf: MemberTransferDeadlinesUseCase,
    @Inject(ListMemberTransfersUseCase) private readonly listTransfers: ListMemberTransfersUseCase,
    @Inject(GetMemberTransferUseCase) private readonly getTransfer: GetMemberTransferUseCase,
    @Inject(ConfirmMemberTransferUseCase) private readonly confirmTransfer: ConfirmMemberTransferUseCase,
    @Inject(RefuseMemberTransferUseCase) private readonly refuseTransfer: RefuseMemberTransferUseCase,
    @Inject(CancelMemberTransferUseCase) private readonly cancelTransfer: CancelMemberTransferUseCase,
    @Inject(ReturnMemberTransferUseCase) private readonly returnTransfer: ReturnMemberTransferUseCase,
    @Inject(SearchTransferDestinationsUseCase) private readonly searchDestinations: SearchTransferDestinationsUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberTransferIssue, IssueMemberTransferRequest, { permission: 'members:write', scope: 'subtree' })
  issue(request: IssueMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.issueTransfer.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferDeadlines, MemberTransferDeadlinesRequest, { permission: 'members:read', scope: 'none' })
  deadlines(request: MemberTransferDeadlinesRequest, context: HandlerContext): Promise<TransferDeadlinesDto> {
    return Promise.resolve(this.deadlinesOf.execute(request, context));
  }

  @RpcHandler(SUBJECTS.members.memberTransferDestinations, SearchTransferDestinationsRequest, { permission: 'members:write', scope: 'none' })
  destinations(request: SearchTransferDestinationsRequest, context: HandlerContext): Promise<TransferDestinationDto[]> {
    return this.searchDestinations.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferListOutgoing, ListMemberTransfersRequest, { permission: 'members:read', scope: 'subtree' })
  outgoing(request: ListMemberTransfersRequest, context: HandlerContext): Promise<Page<MemberTransferDto>> {
    return this.listTransfers.execute('outgoing', request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferListIncoming, ListMemberTransfersRequest, { permission: 'members:read', scope: 'subtree' })
  incoming(request: ListMemberTransfersRequest, context: HandlerContext): Promise<Page<MemberTransferDto>> {
    return this.listTransfers.execute('incoming', request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferGet, GetMemberTransferRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.getTransfer.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferConfirm, DecideMemberTransferRequest, { permission: 'members:write', scope: 'subtree' })
  confirm(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.confirmTransfer.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferRefuse, DecideMemberTransferRequest, { permission: 'members:write', scope: 'subtree' })
  refuse(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.refuseTransfer.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferCancel, DecideMemberTransferRequest, { permission: 'members:write', scope: 'subtree' })
  cancel(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.cancelTransfer.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberTransferReturn, ReturnMemberTransferRequest, { permission: 'members:write', scope: 'subtree' })
  returnEarly(request: ReturnMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.returnTransfer.execute(request, context);
  }
}
