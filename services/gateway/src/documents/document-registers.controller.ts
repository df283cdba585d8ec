import type { CallContext } from '@lienthong/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { toDocumentRegisterResponse } from './document-register.mapper';
import { DocumentsClient } from './documents.client';
import { DocumentRegisterListDto } from './dto/document-register.dto';
import { ListDocumentRegistersQueryDto } from './dto/list-document-registers-query.dto';

/** Document registers (sổ đăng ký văn bản đi/đến), served by the documents service. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents/registers')
export class DocumentRegistersController {
  constructor(@Inject(DocumentsClient) private readonly documents: DocumentsClient) {}

  @Get()
  @RequirePermission('documents:read')
  @ApiOperation({ summary: "An organisation's registers, newest year first; empty until it opens one", operationId: 'listDocumentRegisters' })
  @ApiOkResponse({ type: DocumentRegisterListDto })
  @ApiErrorResponses(400, 401, 403)
  async list(@Query() query: ListDocumentRegistersQueryDto, @Caller() caller: CallContext): Promise<DocumentRegisterListDto> {
    const registers = await this.documents.listRegisters({ orgId: query.orgId }, caller);
    return { items: registers.map(toDocumentRegisterResponse) };
  }
}
