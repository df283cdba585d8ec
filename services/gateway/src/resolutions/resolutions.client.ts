import { SUBJECTS, type ListResolutionsRequest, type Page, type ResolutionDto } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The resolutions service's messages, one method each. Errors arrive as DomainError. */
export class ResolutionsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  listResolutions(request: ListResolutionsRequest, context: CallContext): Promise<Page<ResolutionDto>> {
    return this.call(SUBJECTS.resolutions.resolutionList, request, context);
  }
}
