import {
  CommitMemberImportRequest,
  CreateMemberImportRequest,
  ExportMemberListRequest,
  GetMemberImportRequest,
  ListMemberImportRowsRequest,
  MemberImportErrorReportRequest,
  MemberImportTemplateRequest,
  SUBJECTS,
  type BlobFileDto,
  type MemberImportDto,
  type MemberImportRowDto,
  type Page,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ExportMemberListUseCase } from '../member-export/export-member-list.use-case';
import { CommitMemberImportUseCase } from './use-cases/commit-member-import.use-case';
import { CreateMemberImportUseCase } from './use-cases/create-member-import.use-case';
import { GetMemberImportUseCase } from './use-cases/get-member-import.use-case';
import { ListMemberImportRowsUseCase } from './use-cases/list-member-import-rows.use-case';
import { MemberImportErrorReportUseCase } from './use-cases/member-import-error-report.use-case';
import { MemberImportTemplateUseCase } from './use-cases/member-import-template.use-case';

/** The member import (upload, progress, preview, commit, error report) and the 7-HSĐV list export. Files travel as blob keys. */
@Controller()
export class MemberImportController {
  constructor(
    @Inject(MemberImportTemplateUseCase) private readonly template: MemberImportTemplateUseCase,
    @Inject(CreateMemberImportUseCase) private readonly createImport: CreateMemberImportUseCase,
    @Inject(GetMemberImportUseCase) private readonly getImport: GetMemberImportUseCase,
    @Inject(ListMemberImportRowsUseCase) private readonly listRows: ListMemberImportRowsUseCase,
    @Inject(CommitMemberImportUseCase) private readonly commitImport: CommitMemberImportUseCase,
    @Inject(MemberImportErrorReportUseCase) private readonly errorReport: MemberImportErrorReportUseCase,
    @Inject(ExportMemberListUseCase) private readonly exportList: ExportMemberListUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberImportTemplate, MemberImportTemplateRequest, { permission: 'members:read', scope: 'none' })
  templateFile(request: MemberImportTemplateRequest, context: HandlerContext): Promise<BlobFileDto> {
    return this.template.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberImportCreate, CreateMemberImportRequest, { permission: 'members:write', scope: 'subtree' })
  create(request: CreateMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    return this.createImport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberImportGet, GetMemberImportRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    return this.getImport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberImportRows, ListMemberImportRowsRequest, { permission: 'members:read', scope: 'subtree' })
  rows(request: ListMemberImportRowsRequest, context: HandlerContext): Promise<Page<MemberImportRowDto>> {
    return this.listRows.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberImportCommit, CommitMemberImportRequest, { permission: 'members:write', scope: 'subtree' })
  commit(request: CommitMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    return this.commitImport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberImportErrorReport, MemberImportErrorReportRequest, { permission: 'members:read', scope: 'subtree' })
  errors(request: MemberImportErrorReportRequest, context: HandlerContext): Promise<BlobFileDto> {
    return this.errorReport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberListExport, ExportMemberListRequest, { permission: 'members:read', scope: 'subtree' })
  memberList(request: ExportMemberListRequest, context: HandlerContext): Promise<BlobFileDto> {
    return this.exportList.execute(request, context);
  }
}
