import {
  CreateMemberExportRequest,
  GetMemberExportRequest,
  ListMemberExportsRequest,
  MemberExportFileRequest,
  SUBJECTS,
  type MemberExportDto,
  type MemberExportFileDto,
  type Page,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CreateMemberExportUseCase } from './use-cases/create-member-export.use-case';
import { GetMemberExportUseCase } from './use-cases/get-member-export.use-case';
import { ListMemberExportsUseCase } from './use-cases/list-member-exports.use-case';
import { MemberExportFileUseCase } from './use-cases/member-export-file.use-case';

/** Exports as background jobs: create, progress, the caller's own list, the finished file (as a blob key). */
@Controller()
export class MemberExportJobsController {
  constructor(
    @Inject(CreateMemberExportUseCase) private readonly createExport: CreateMemberExportUseCase,
    @Inject(GetMemberExportUseCase) private readonly getExport: GetMemberExportUseCase,
    @Inject(ListMemberExportsUseCase) private readonly listExports: ListMemberExportsUseCase,
    @Inject(MemberExportFileUseCase) private readonly exportFile: MemberExportFileUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberExportCreate, CreateMemberExportRequest, { permission: 'members:read', scope: 'subtree' })
  create(request: CreateMemberExportRequest, context: HandlerContext): Promise<MemberExportDto> {
    return this.createExport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberExportGet, GetMemberExportRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetMemberExportRequest, context: HandlerContext): Promise<MemberExportDto> {
    return this.getExport.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberExportList, ListMemberExportsRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListMemberExportsRequest, context: HandlerContext): Promise<Page<MemberExportDto>> {
    return this.listExports.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberExportFile, MemberExportFileRequest, { permission: 'members:read', scope: 'subtree' })
  file(request: MemberExportFileRequest, context: HandlerContext): Promise<MemberExportFileDto> {
    return this.exportFile.execute(request, context);
  }
}
