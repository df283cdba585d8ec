import { DEFAULT_PAGE_LIMIT, type GetMemberLifecycleRequest, type MemberLifecycleDto } from '@lienthong/contracts';
import { decodeCursor, isIdKey, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberError } from '../../members/member.exceptions';
import { MemberRepository } from '../../members/member.repository';
import { lifecycleView } from '../lifecycle-view';
import { MemberLifecycleRepository } from '../member-lifecycle.repository';

/**
 * A member's computed lifecycle dates, each with its rule, party age and one keyset page of the
 * history (`cursor` = the previous answer's `historyNextCursor`); outside the scope → 404.
 */
@Injectable()
export class GetMemberLifecycleUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(MemberLifecycleRepository) private readonly lifecycle: MemberLifecycleRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetMemberLifecycleRequest, context: HandlerContext): Promise<MemberLifecycleDto> {
    const beforeId = decodeCursor(request.cursor, 1, context.language, isIdKey)?.[0] as string | undefined;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const m = this.members.manager;
    const scope = await this.access.scopeOf(context, m);
    const member = await this.members.findVisible(m, request.id, scope);
    if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', context.language);
    const { periods } = await this.members.parts(m, member.id, false);
    const period = periods[periods.length - 1];
    const ofPeriod = await this.lifecycle.eventsOfPeriod(m, member.id, period.seq);
    const rows = await this.lifecycle.historyPage(m, member.id, beforeId, limit);
    return lifecycleView(member, periods, ofPeriod, { rows, limit }, partyToday());
  }
}
