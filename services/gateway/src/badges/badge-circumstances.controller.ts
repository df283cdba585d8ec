import type { CallContext } from '@lienthong/platform';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { BadgesClient } from './badges.client';
import { BadgeCircumstancesResponseDto, RecordDisciplineDto, SetSeriousIllnessDto } from './dto/badge-circumstances.dto';

/** What the badge rule reads beyond the record: discipline decisions that delay it, a serious illness that brings it forward. */
@ApiTags('badges')
@ApiBearerAuth()
@Controller('members/:id')
export class BadgeCircumstancesController {
  constructor(@Inject(BadgesClient) private readonly badges: BadgesClient) {}

  @Get('badge-circumstances')
  @RequirePermission('members:read')
  @ApiOperation({ summary: 'A member\'s discipline decisions and serious illness, as the badge rule reads them', operationId: 'getBadgeCircumstances' })
  @ApiOkResponse({ type: BadgeCircumstancesResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  get(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<BadgeCircumstancesResponseDto> {
    return this.badges.circumstances(id, caller);
  }

  @Post('disciplines')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Record a discipline decision (khiển trách, cảnh cáo, cách chức): a warning holds the badge 6 months, removal from post 12', operationId: 'recordMemberDiscipline' })
  @ApiCreatedResponse({ type: BadgeCircumstancesResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  discipline(@Param('id', UuidParamPipe) id: string, @Body() body: RecordDisciplineDto, @Caller() caller: CallContext): Promise<BadgeCircumstancesResponseDto> {
    return this.badges.recordDiscipline({ ...body, memberId: id }, caller);
  }

  @Put('serious-illness')
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Note a serious illness: the badge may be given up to 12 months early (24 for 70–90 years)', operationId: 'setMemberSeriousIllness' })
  @ApiOkResponse({ type: BadgeCircumstancesResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  setIllness(@Param('id', UuidParamPipe) id: string, @Body() body: SetSeriousIllnessDto, @Caller() caller: CallContext): Promise<BadgeCircumstancesResponseDto> {
    return this.badges.setSeriousIllness({ ...body, memberId: id }, caller);
  }

  @Delete('serious-illness')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({ summary: 'Remove the serious-illness note (idempotent)', operationId: 'clearMemberSeriousIllness' })
  @ApiOkResponse({ type: BadgeCircumstancesResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 'MEMBERS.MEMBER_NOT_FOUND')
  clearIllness(@Param('id', UuidParamPipe) id: string, @Caller() caller: CallContext): Promise<BadgeCircumstancesResponseDto> {
    return this.badges.clearSeriousIllness(id, caller);
  }
}
