import type { ListOwnMemberGradingsRequest, OwnMemberGradingDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { toMemberGradingDto } from '../grading.mapper';
import { MemberGradingRepository } from '../member-grading.repository';

/** The signed-in member's own gradings with their campaigns (scope self; the gateway names the member), for self-assessment. */
@Injectable()
export class ListOwnMemberGradingsUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(MemberGradingRepository) private readonly gradings: MemberGradingRepository,
  ) {}

  async execute(request: ListOwnMemberGradingsRequest, _context: HandlerContext): Promise<OwnMemberGradingDto[]> {
    const rows = await this.gradings.listOwn(this.access.manager, request.memberId);
    return rows.map((row) => ({
      ...toMemberGradingDto(row),
      campaign: { title: row.campaignTitle, year: row.campaignYear, deadline: row.campaignDeadline, status: row.campaignStatus, rootOrgName: row.campaignRootOrgName },
    }));
  }
}
