import type { CallContext } from '@lienthong/platform';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/caller.decorator';
import { RequirePermission } from '../auth/require-permission.decorator';
import { MembersClient } from '../clients/members.client';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.decorator';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';
import { CorrectionRequestResponseDto, ResolveCorrectionDto } from './dto/member-correction.dto';
import { toCorrectionResponse } from './member.mapper';

/** The officers' side of a member's correction request: close it, done or refused with a note the member sees. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('member-corrections')
export class MemberCorrectionsController {
  constructor(@Inject(MembersClient) private readonly members: MembersClient) {}

  @Post(':id/resolution')
  @HttpCode(200)
  @RequirePermission('members:write')
  @ApiOperation({
    summary: 'Close an open correction request: resolved (the record was corrected through the ordinary edit) or rejected with a note',
    operationId: 'resolveMemberCorrection',
  })
  @ApiOkResponse({ type: CorrectionRequestResponseDto })
  @ApiErrorResponses(400, 401, 403, 404, 409, 413, 415, 'MEMBERS.CORRECTION_NOT_FOUND', 'MEMBERS.CORRECTION_CLOSED')
  async resolve(@Param('id', UuidParamPipe) id: string, @Body() body: ResolveCorrectionDto, @Caller() caller: CallContext): Promise<CorrectionRequestResponseDto> {
    return toCorrectionResponse(await this.members.resolveCorrection({ id, outcome: body.outcome, note: body.note }, caller));
  }
}
