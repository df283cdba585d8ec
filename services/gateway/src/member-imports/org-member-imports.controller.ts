import { uuidv7, BLOB_STORE, type BlobStore, type CallContext } from '@lienthong/platform';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditAction, AuditRead } from '../audit/audit.decorators';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import type { MemberExportSettings } from '../member-exports/member-export.settings';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { sendBlobFile } from './blob-download';
import { MemberImportResponseDto, MemberImportUploadDto } from './dto/member-import.dto';
import { MemberFilesClient, MemberImportsClient } from './member-imports.client';
import { requireBlobStore } from './require-blob-store';
import { receiveXlsxUpload, XLSX_CONTENT_TYPE } from './xlsx-upload';

/** Uploading an import into an org's subtree, and the subtree's 7-HSĐV list. */
@ApiTags('member-imports')
@ApiBearerAuth()
@Controller('orgs')
export class OrgMemberImportsController {
  private readonly exportSettings: MemberExportSettings;

  constructor(
    @Inject(MemberImportsClient) private readonly imports: MemberImportsClient,
    @Inject(MemberFilesClient) private readonly files: MemberFilesClient,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
    @Inject(MembersClient) private readonly members: MembersClient,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
  ) {
    this.exportSettings = settings.memberExports;
  }

  @Post(':id/member-imports')
  @HttpCode(202)
  @RequirePermission('members:write')
  @AuditAction('members.import.upload', 'org')
  @ApiOperation({
    summary: 'Upload an .xlsx in the template\'s layout (≤ 30 MB, ≤ 200 000 rows): the file goes to the blob store, a job reads and checks it; poll GET /member-imports/{id}',
    operationId: 'uploadMemberImport',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: MemberImportUploadDto })
  @ApiResponse({ status: 202, type: MemberImportResponseDto, headers: { Location: { description: 'URL of the import' } } })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 503, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.ORG_CLOSED')
  async upload(@Param('id', UuidParamPipe) orgId: string, @Caller() caller: CallContext, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MemberImportResponseDto> {
    // An org outside the caller's scope answers 404 before a byte of the file is read.
    await this.members.getOrg({ id: orgId }, caller);
    const blobs = requireBlobStore(this.blobs, caller);
    const key = `member-imports/${uuidv7()}.xlsx`;
    const file = await receiveXlsxUpload(req, blobs, key, caller.language ?? 'vi');
    try {
      const created = await this.imports.create({ orgId, fileName: file.fileName, blobKey: key, blobSize: file.ref.size }, caller);
      res.location(`/api/v1/member-imports/${created.id}`);
      return created;
    } catch (error) {
      await blobs.delete(key).catch(() => undefined);
      throw error;
    }
  }

  @Get(':id/member-list.xlsx')
  @RequirePermission('members:read')
  @AuditRead('members.list.export', 'org')
  @ApiOperation({
    summary:
      'The members of the org\'s subtree in the 7-HSĐV layout (.xlsx, streamed); X-Row-Count holds the number of members. A subtree of more members than the gateway writes in a request answers 422: POST /member-exports instead',
    operationId: 'exportOrgMemberList',
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The .xlsx file', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrorResponses(400, 401, 403, 404, 503, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.EXPORT_TOO_LARGE')
  async memberList(@Param('id', UuidParamPipe) orgId: string, @Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const file = await this.files.exportMemberList({ orgId, maxMembers: this.exportSettings.directMaxMembers }, caller); // scope first: 404 outside it
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), file);
  }
}
