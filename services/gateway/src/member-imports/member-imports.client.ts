import {
  SUBJECTS,
  type BlobFileDto,
  type CommitMemberImportRequest,
  type CreateMemberImportRequest,
  type ExportMemberListRequest,
  type GetMemberImportRequest,
  type ListMemberImportRowsRequest,
  type MemberImportDto,
  type MemberImportErrorReportRequest,
  type MemberImportRowDto,
  type Page,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's import and export messages. Files travel as blob keys, never over the bus. */
export class MemberImportsClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  template(context: CallContext): Promise<BlobFileDto> {
    return this.call(SUBJECTS.members.memberImportTemplate, {}, context);
  }

  create(request: CreateMemberImportRequest, context: CallContext): Promise<MemberImportDto> {
    return this.call(SUBJECTS.members.memberImportCreate, request, context);
  }

  get(request: GetMemberImportRequest, context: CallContext): Promise<MemberImportDto> {
    return this.call(SUBJECTS.members.memberImportGet, request, context);
  }

  rows(request: ListMemberImportRowsRequest, context: CallContext): Promise<Page<MemberImportRowDto>> {
    return this.call(SUBJECTS.members.memberImportRows, request, context);
  }

  commit(request: CommitMemberImportRequest, context: CallContext): Promise<MemberImportDto> {
    return this.call(SUBJECTS.members.memberImportCommit, request, context);
  }

  errorReport(request: MemberImportErrorReportRequest, context: CallContext): Promise<BlobFileDto> {
    return this.call(SUBJECTS.members.memberImportErrorReport, request, context);
  }

  exportMemberList(request: ExportMemberListRequest, context: CallContext): Promise<BlobFileDto> {
    return this.call(SUBJECTS.members.memberListExport, request, context);
  }
}

/** Calls that produce a file (template, error report, list export): a longer timeout than a read. */
export class MemberFilesClient extends MemberImportsClient {}

/** How long a file may take to be written (100 000 rows of the 7-HSĐV list: well under this). */
export const MEMBER_FILES_TIMEOUT_MS = 120_000;
