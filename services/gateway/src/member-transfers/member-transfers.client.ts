import {
  SUBJECTS,
  type DecideMemberTransferRequest,
  type IssueMemberTransferRequest,
  type ListMemberTransfersRequest,
  type MemberTransferDeadlinesRequest,
  type MemberTransferDto,
  type ReturnMemberTransferRequest,
  type Page,
  type SearchTransferDestinationsRequest,
  type TransferDeadlinesDto,
  type TransferDestinationDto,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's transfer handshake messages. Errors arrive as DomainError. */
export class MemberTransfersClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  issue(request: IssueMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferIssue, request, context);
  }

  deadlines(request: MemberTransferDeadlinesRequest, context: CallContext): Promise<TransferDeadlinesDto> {
    return this.call(SUBJECTS.members.memberTransferDeadlines, request, context);
  }

  destinations(request: SearchTransferDestinationsRequest, context: CallContext): Promise<TransferDestinationDto[]> {
    return this.call(SUBJECTS.members.memberTransferDestinations, request, context);
  }

  outgoing(request: ListMemberTransfersRequest, context: CallContext): Promise<Page<MemberTransferDto>> {
    return this.call(SUBJECTS.members.memberTransferListOutgoing, request, context);
  }

  incoming(request: ListMemberTransfersRequest, context: CallContext): Promise<Page<MemberTransferDto>> {
    return this.call(SUBJECTS.members.memberTransferListIncoming, request, context);
  }

  get(id: string, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferGet, { id }, context);
  }

  confirm(request: DecideMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferConfirm, request, context);
  }

  refuse(request: DecideMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferRefuse, request, context);
  }

  cancel(request: DecideMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferCancel, request, context);
  }

  returnEarly(request: ReturnMemberTransferRequest, context: CallContext): Promise<MemberTransferDto> {
    return this.call(SUBJECTS.members.memberTransferReturn, request, context);
  }
}
