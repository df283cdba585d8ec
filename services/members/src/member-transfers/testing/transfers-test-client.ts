import {
  SUBJECTS,
  type DecideMemberTransferRequest,
  type IssueMemberTransferRequest,
  type MemberTransferDto,
  type Page,
  type ReturnMemberTransferRequest,
  type TransferDeadlinesDto,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The transfer subjects an integration spec drives, typed. */
export class TransfersTestClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  issue = (r: IssueMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferIssue, r, c);
  destinations = (q: string, c: CallContext): Promise<{ id: string; name: string; parentName: string | null }[]> => this.call(SUBJECTS.members.memberTransferDestinations, { q }, c);
  deadlines = (r: { movedOn: string; letterDate: string }, c: CallContext): Promise<TransferDeadlinesDto> => this.call(SUBJECTS.members.memberTransferDeadlines, r, c);
  get = (id: string, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferGet, { id }, c);
  outgoing = (r: object, c: CallContext): Promise<Page<MemberTransferDto>> => this.call(SUBJECTS.members.memberTransferListOutgoing, r, c);
  incoming = (r: object, c: CallContext): Promise<Page<MemberTransferDto>> => this.call(SUBJECTS.members.memberTransferListIncoming, r, c);
  confirm = (r: DecideMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferConfirm, r, c);
  refuse = (r: DecideMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferRefuse, r, c);
  cancel = (r: DecideMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferCancel, r, c);
  returnEarly = (r: ReturnMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferReturn, r, c);
}
