import {
  SUBJECTS,
  type CloseOrgTermRequest,
  type GetOrgAsOfRequest,
  type GetOrgHistoryRequest,
  type ListOrgChildrenAsOfRequest,
  type ListOrgKindRulesRequest,
  type ListOrgTermsRequest,
  type MergeOrgsRequest,
  type OpenOrgTermRequest,
  type OrgDto,
  type OrgHistoryDto,
  type OrgKindRulesDto,
  type OrgTermDto,
  type OrgTermInForceRequest,
  type Page,
  type RestructuringDto,
  type SplitOrgRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's messages about the tree over time: as-of reads, history, merge, split, terms. */
export class OrgHistoryClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  getOrgAsOf(request: GetOrgAsOfRequest, context: CallContext): Promise<OrgDto> {
    return this.call(SUBJECTS.members.orgGetAsOf, request, context);
  }

  listChildrenAsOf(request: ListOrgChildrenAsOfRequest, context: CallContext): Promise<Page<OrgDto>> {
    return this.call(SUBJECTS.members.orgListChildrenAsOf, request, context);
  }

  history(request: GetOrgHistoryRequest, context: CallContext): Promise<OrgHistoryDto> {
    return this.call(SUBJECTS.members.orgHistory, request, context);
  }

  merge(request: MergeOrgsRequest, context: CallContext): Promise<RestructuringDto> {
    return this.call(SUBJECTS.members.orgMerge, request, context);
  }

  split(request: SplitOrgRequest, context: CallContext): Promise<RestructuringDto> {
    return this.call(SUBJECTS.members.orgSplit, request, context);
  }

  kindRules(request: ListOrgKindRulesRequest, context: CallContext): Promise<OrgKindRulesDto> {
    return this.call(SUBJECTS.members.orgKindRules, request, context);
  }

  listTerms(request: ListOrgTermsRequest, context: CallContext): Promise<{ items: OrgTermDto[] }> {
    return this.call(SUBJECTS.members.orgTermList, request, context);
  }

  openTerm(request: OpenOrgTermRequest, context: CallContext): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermOpen, request, context);
  }

  closeTerm(request: CloseOrgTermRequest, context: CallContext): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermClose, request, context);
  }

  termInForce(request: OrgTermInForceRequest, context: CallContext): Promise<OrgTermDto> {
    return this.call(SUBJECTS.members.orgTermInForce, request, context);
  }
}
