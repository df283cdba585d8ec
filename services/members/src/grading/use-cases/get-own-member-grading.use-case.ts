import type { GetOwnMemberGradingRequest, MemberGradingDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { gradingNotFound } from '../grading.errors';
import { toMemberGradingDto } from '../grading.mapper';
import { MemberGradingRepository } from '../member-grading.repository';

/** The signed-in member's own grading in a campaign (scope self; the gateway names the member). */
@Injectable()
export class GetOwnMemberGradingUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
  ) {}

  async execute(request: GetOwnMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    const row = await this.gradings.find(this.access.manager, request.campaignId, request.memberId, null);
    if (!row) throw gradingNotFound(context.language);
    return toMemberGradingDto(row);
  }
}
