import { BLOB_STORE, type BlobStore, type CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditRead } from '../audit/audit.decorators';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { sendBlobFile } from '../member-imports/blob-download';
import { requireBlobStore } from '../member-imports/require-blob-store';
import { XLSX_CONTENT_TYPE } from '../member-imports/xlsx-upload';
import { BadgeListQueryDto } from './dto/badge-list-query.dto';
import type { MemberExportSettings } from './member-export.settings';
import { MemberExportsClient } from './member-exports.client';

const PDF = 'application/pdf';
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

/**
 * Printed forms and lists, streamed from the blob store (the members service writes them there;
 * the file is deleted once sent). Outside the caller's subtree: 404. Every download is audited.
 */
@ApiTags('member-exports')
@ApiBearerAuth()
@Controller()
export class MemberExportsController {
  private readonly settings: MemberExportSettings;

  constructor(
    @Inject(MemberExportsClient) private readonly exports: MemberExportsClient,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
  ) {
    this.settings = settings.memberExports;
  }

  @Get('members/:id/record-sheet.xlsx')
  @RequirePermission('members:read')
  @AuditRead('members.record-sheet.export', 'member')
  @ApiOperation({
    summary: 'The member\'s record sheet (phiếu đảng viên) as .xlsx, A4 portrait; ethnicity, religion and family only with members:read-sensitive',
    operationId: 'exportMemberRecordSheetXlsx',
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(file(XLSX_CONTENT_TYPE, 'The .xlsx file (Content-Disposition: attachment; filename="phieu-dang-vien-<name>.xlsx")'))
  @ApiErrorResponses(400, 401, 403, 404, 503, 'MEMBERS.MEMBER_NOT_FOUND')
  async recordSheetXlsx(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const found = await this.exports.recordSheet({ memberId: id, format: 'xlsx' }, caller); // scope first: 404 outside it
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), found);
  }

  @Get('members/:id/record-sheet.pdf')
  @RequirePermission('members:read')
  @AuditRead('members.record-sheet.export', 'member')
  @ApiOperation({
    summary: 'The member\'s record sheet (phiếu đảng viên) as PDF: A4 portrait, the Party\'s header, Vietnamese fonts embedded; sensitive items only with members:read-sensitive',
    operationId: 'exportMemberRecordSheetPdf',
  })
  @ApiProduces(PDF)
  @ApiOkResponse(file(PDF, 'The PDF file (Content-Disposition: attachment; filename="phieu-dang-vien-<name>.pdf")'))
  @ApiErrorResponses(400, 401, 403, 404, 503, 'MEMBERS.MEMBER_NOT_FOUND')
  async recordSheetPdf(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const found = await this.exports.recordSheet({ memberId: id, format: 'pdf' }, caller);
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), found);
  }

  @Get('orgs/:id/badge-list.xlsx')
  @RequirePermission('members:read')
  @AuditRead('members.badge-list.export', 'org')
  @ApiOperation({
    summary:
      'The badge register of the org\'s subtree at an award occasion (.xlsx): the rows of GET /orgs/{id}/badge-candidates, numbered, with basis and rule; X-Row-Count holds their number. A subtree of more members than the gateway writes in a request answers 422: POST /member-exports instead',
    operationId: 'exportOrgBadgeList',
  })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(file(XLSX_CONTENT_TYPE, 'The .xlsx file'))
  @ApiErrorResponses(400, 401, 403, 404, 503, 'MEMBERS.ORG_NOT_FOUND', 'MEMBERS.EXPORT_TOO_LARGE')
  async badgeList(@Param('id', UuidParamPipe) id: string, @Query() query: BadgeListQueryDto, @Caller() caller: CallContext, @Res() res: Response): Promise<void> {
    const maxMembers = this.settings.directMaxMembers;
    const found = await this.exports.badgeList({ orgId: id, occasion: query.occasion, milestone: query.milestone, maxMembers }, caller);
    await sendBlobFile(res, requireBlobStore(this.blobs, caller), found);
  }
}
