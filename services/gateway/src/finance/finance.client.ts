import { SUBJECTS, type DuesRuleDto, type ListDuesRulesRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The finance service's messages, one method each. Errors arrive as DomainError. */
export class FinanceClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  listDuesRules(request: ListDuesRulesRequest, context: CallContext): Promise<DuesRuleDto[]> {
    return this.call(SUBJECTS.finance.duesRuleList, request, context);
  }
}
