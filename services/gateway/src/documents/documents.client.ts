import { SUBJECTS, type DocumentRegisterDto, type ListDocumentRegistersRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The documents service's messages, one method each. Errors arrive as DomainError. */
export class DocumentsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  listRegisters(request: ListDocumentRegistersRequest, context: CallContext): Promise<DocumentRegisterDto[]> {
    return this.call(SUBJECTS.documents.registerList, request, context);
  }
}
