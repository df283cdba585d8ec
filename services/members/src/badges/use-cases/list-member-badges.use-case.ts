import type { ListMemberBadgesRequest, MemberBadgeDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { memberBadges } from '../member-badge.repository';
import { requireMemberInScope } from '../member-in-scope';

/** The badges a member in the caller's scope was given, lowest milestone first. */
@Injectable()
export class ListMemberBadgesUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: ListMemberBadgesRequest, context: HandlerContext): Promise<MemberBadgeDto[]> {
    const m = this.access.manager;
    await requireMemberInScope(this.access, m, request.memberId, context, false);
    return memberBadges.ofMember(m, request.memberId);
  }
}
