import {
  SUBJECTS,
  type CreateMemberExportRequest,
  type GetMemberExportRequest,
  type ListMemberExportsRequest,
  type MemberExportDto,
  type MemberExportFileDto,
  type MemberExportFileRequest,
  type Page,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's background exports: quick calls (the file is written by a job, never in the call). */
export class MemberExportJobsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  create(request: CreateMemberExportRequest, context: CallContext): Promise<MemberExportDto> {
    return this.call(SUBJECTS.members.memberExportCreate, request, context);
  }

  get(request: GetMemberExportRequest, context: CallContext): Promise<MemberExportDto> {
    return this.call(SUBJECTS.members.memberExportGet, request, context);
  }

  list(request: ListMemberExportsRequest, context: CallContext): Promise<Page<MemberExportDto>> {
    return this.call(SUBJECTS.members.memberExportList, request, context);
  }

  file(request: MemberExportFileRequest, context: CallContext): Promise<MemberExportFileDto> {
    return this.call(SUBJECTS.members.memberExportFile, request, context);
  }
}
