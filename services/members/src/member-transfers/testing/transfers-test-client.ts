import { SUBJECTS, type DecideMemberTransferRequest, type IssueMemberTransferRequest, type MemberTransferDto, type ReturnMemberTransferRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The transfer subjects an integration spec drives, typed. */
export class TransfersTestClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }
  issue = (r: IssueMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferIssue, r, c);
  get = (id: string, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferGet, { id }, c);
  confirm = (r: DecideMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferConfirm, r, c);
  returnEarly = (r: ReturnMemberTransferRequest, c: CallContext): Promise<MemberTransferDto> => this.call(SUBJECTS.members.memberTransferReturn, r, c);
}
