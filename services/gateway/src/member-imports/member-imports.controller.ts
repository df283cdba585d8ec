import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { BLOB_STORE, type BlobStore, type CallContext } from '@lienthong/platform';
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditAction, AuditRead } from '../audit/audit.decorators';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { sendBlobFile } from './blob-download';
import { MemberImportResponseDto, MemberImportRowPageDto, MemberImportRowsQueryDto } from './dto/member-import.dto';
import { requireBlobStore } from './require-blob-store';
import { MemberFilesClient, MemberImportsClient } from './member-imports.client';
import { XLSX_CONTENT_TYPE } from './xlsx-upload';

const XLSX_FILE = { description: 'The .xlsx file', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } } as const;

/**
 * An import's progress, preview, commit and error report (the upload is `POST /orgs/{id}/member-imports`).
 * Reads of another subtree's import answer 404; downloads are audited.
 */
@ApiTags('member-imports')
@ApiBearerAuth()
@Controller('member-imports')
export class MemberImportsController {
  constructor(
    @Inject(MemberImportsClient) private readonly imports: MemberImportsClient,
    @Inject(MemberFilesClient) private readonly files: MemberFilesClient,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
  ) {}

  @Get('template')
  @RequirePermission('members:read', 'none')
  @AuditRead('members.import.template-download', 'member-import')
  @ApiOperation({ summary: 'The import template (.xlsx): Vietnamese headers with notes, an example row, drop-down lists', operationId: 'getMemberImportTemplate' })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiErrorResponses(401, 403, 503)
  async template(@Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const file = await this.files.template(caller);
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), file);
  }

  @Get(':id')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'An import\'s state and progress (rows parsed, valid, invalid, committed); poll it while parsing or committing', operationId: 'getMemberImport' })
  @ApiOkResponse({ type: MemberImportResponseDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async get(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<MemberImportResponseDto> {
    return this.imports.get({ id }, caller);
  }

  @Get(':id/rows')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'The preview in row order (keyset pages): per-row errors with cell references; filter error|valid|duplicate', operationId: 'listMemberImportRows' })
  @ApiOkResponse({ type: MemberImportRowPageDto })
  @ApiErrorResponses(400, 401, 403, 404)
  async rows(@Param('id', UuidParamPipe) id: string, @Query() query: MemberImportRowsQueryDto, @Caller() caller: CallContext): Promise<MemberImportRowPageDto> {
    return this.imports.rows({ id, status: query.status, limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor }, caller);
  }

  @Post(':id/commit')
  @HttpCode(202)
  @RequirePermission('members:write')
  @AuditAction('members.import.commit', 'member-import')
  @ApiOperation({
    summary: 'Create the valid rows\' members (a background job, in chunks; poll the import). Idempotent: a second commit creates nobody twice',
    operationId: 'commitMemberImport',
  })
  @ApiResponse({ status: 202, type: MemberImportResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409)
  async commit(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<MemberImportResponseDto> {
    return this.imports.commit({ id }, caller);
  }

  @Get(':id/error-report')
  @RequirePermission('members:read')
  @AuditRead('members.import.error-report-download', 'member-import')
  @ApiOperation({ summary: 'The rows with errors as typed, in the template\'s columns, with an error column (.xlsx)', operationId: 'getMemberImportErrorReport' })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiErrorResponses(400, 401, 403, 404, 409, 503)
  async errorReport(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const file = await this.files.errorReport({ id }, caller); // scope first: 404 outside it
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), file);
  }
}
