import { SUBJECTS, type BlobFileDto, type ExportBadgeListRequest, type ExportRecordSheetRequest } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's printed forms and lists. Files travel as blob keys, never over the bus. */
export class MemberExportsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  recordSheet(request: ExportRecordSheetRequest, context: CallContext): Promise<BlobFileDto> {
    return this.call(SUBJECTS.members.memberRecordSheetExport, request, context);
  }

  badgeList(request: ExportBadgeListRequest, context: CallContext): Promise<BlobFileDto> {
    return this.call(SUBJECTS.members.badgeListExport, request, context);
  }
}
