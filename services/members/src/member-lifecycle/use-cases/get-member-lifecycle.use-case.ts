import type { GetMemberLifecycleRequest, MemberLifecycleDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberError } from '../../members/member.exceptions';
import { MemberRepository } from '../../members/member.repository';
import { lifecycleView } from '../lifecycle-view';
import { MemberLifecycleRepository } from '../member-lifecycle.repository';

/** A member's computed lifecycle dates, each with its rule, party age and history; outside the scope → 404. */
@Injectable()
export class GetMemberLifecycleUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(MemberLifecycleRepository) private readonly lifecycle: MemberLifecycleRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetMemberLifecycleRequest, context: HandlerContext): Promise<MemberLifecycleDto> {
    const m = this.members.manager;
    const scope = await this.access.scopeOf(context, m);
    const member = await this.members.findVisible(m, request.id, scope);
    if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', context.language);
    const { periods } = await this.members.parts(m, member.id, false);
    return lifecycleView(member, periods, await this.lifecycle.events(m, member.id), partyToday());
  }
}
