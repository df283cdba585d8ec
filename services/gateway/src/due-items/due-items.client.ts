import { SUBJECTS, type DueItemPageDto, type ListDueItemsRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's "việc cần làm" list. Errors arrive as DomainError. */
export class DueItemsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  list(request: ListDueItemsRequest, context: CallContext): Promise<DueItemPageDto> {
    return this.call(SUBJECTS.members.dueItemList, request, context);
  }
}
