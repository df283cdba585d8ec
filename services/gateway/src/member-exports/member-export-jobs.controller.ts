import type { MemberExportKind } from '@lienthong/contracts';
import { BLOB_STORE, type BlobStore, type CallContext } from '@lienthong/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditAction, AuditRead } from '../audit/audit.decorators';
import { auditNotes } from '../audit/audit-request-notes';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { sendBlobFile } from '../member-imports/blob-download';
import { requireBlobStore } from '../member-imports/require-blob-store';
import { XLSX_CONTENT_TYPE } from '../member-imports/xlsx-upload';
import { PageQueryDto } from '../orgs/dto/org-queries.dto';
import { CreateMemberExportDto, MemberExportPageDto, MemberExportResponseDto } from './dto/member-export-job.dto';
import { MemberExportJobsClient } from './member-export-jobs.client';

/** A job's file is audited as the direct download of the same list (the sync routes' actions), on the org. */
const DOWNLOAD_ACTION: Record<MemberExportKind, string> = { 'member-list': 'members.list.export', 'badge-list': 'members.badge-list.export' };

/**
 * Large exports as background jobs: the members service writes the file into the blob store; the
 * caller polls the export and downloads the file while it is kept (24 hours), as often as needed.
 * An export is its requester's own: anyone else gets 404.
 */
@ApiTags('member-exports')
@ApiBearerAuth()
@Controller('member-exports')
export class MemberExportJobsController {
  constructor(
    @Inject(MemberExportJobsClient) private readonly exports: MemberExportJobsClient,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('members:read')
  @AuditAction('members.export.create', 'member-export')
  @ApiOperation({
    summary:
      'Export a large list as a background job (.xlsx): the 7-HSĐV member list of the org\'s subtree, or its badge list at an award occasion. Poll GET /member-exports/{id}; download GET /member-exports/{id}/file once succeeded (kept 24 hours)',
    operationId: 'createMemberExport',
  })
  @ApiResponse({ status: 202, type: MemberExportResponseDto, headers: { Location: { description: 'URL of the export' } } })
  @ApiErrorResponses(400, 401, 403, 404, 503, 'MEMBERS.ORG_NOT_FOUND')
  async create(@Body() body: CreateMemberExportDto, @Caller() caller: CallContext, @Res({ passthrough: true }) res: Response): Promise<MemberExportResponseDto> {
    const created = await this.exports.create({ kind: body.kind, orgId: body.orgId, occasion: body.occasion, milestone: body.milestone }, caller);
    res.location(`/api/v1/member-exports/${created.id}`);
    return created;
  }

  @Get()
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'My exports, newest first (keyset pages): nobody else\'s, and only of orgs still in my scope', operationId: 'listMemberExports' })
  @ApiOkResponse({ type: MemberExportPageDto })
  @ApiErrorResponses(400, 401, 403)
  list(@Query() query: PageQueryDto, @Caller() caller: CallContext): Promise<MemberExportPageDto> {
    return this.exports.list({ limit: query.limit, cursor: query.cursor }, caller);
  }

  @Get(':id')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'One of my exports: its state and progress (rows written of the expected total); poll it while queued or running', operationId: 'getMemberExport' })
  @ApiOkResponse({ type: MemberExportResponseDto })
  @ApiErrorResponses(400, 401, 403, 'MEMBERS.EXPORT_NOT_FOUND')
  get(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<MemberExportResponseDto> {
    return this.exports.get({ id }, caller);
  }

  @Get(':id/file')
  @RequirePermission('members:read')
  @AuditRead('members.export.download', 'member-export')
  @ApiOperation({
    summary:
      'The file of one of my finished exports (.xlsx, streamed; X-Row-Count holds its rows), as often as needed until it expires; audited as the direct download of the same list. 409 while not finished, 410 once expired',
    operationId: 'getMemberExportFile',
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The .xlsx file', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiErrorResponses(400, 401, 403, 503, 'MEMBERS.EXPORT_NOT_FOUND', 'MEMBERS.EXPORT_NOT_READY', 'MEMBERS.EXPORT_EXPIRED')
  async file(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.exports.file({ id }, caller); // only the requester's own, else 404
    const blobs = requireBlobStore(this.blobs, caller);
    auditNotes(req).readAs = { action: DOWNLOAD_ACTION[found.export.kind], targetType: 'org', targetId: found.export.orgId, details: { exportId: id, rows: found.file.rows } };
    await sendBlobFile(res, blobs, found.file); // kept (temporary: false) until it expires
  }
}
