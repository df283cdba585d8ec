import type { ListMemberBadgesRequest, MemberBadgeDto } from '@lienthong/contracts';
import { DomainError, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { memberBadges, memberOrgPath } from '../member-badge.repository';

/** The badges a member in the caller's scope was given, lowest milestone first. */
@Injectable()
export class ListMemberBadgesUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: ListMemberBadgesRequest, context: HandlerContext): Promise<MemberBadgeDto[]> {
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context);
    const member = await memberOrgPath(m, request.memberId);
    if (!member || !this.access.contains(scope, member.orgPath)) throw DomainError.localized('MEMBERS.MEMBER_NOT_FOUND', context.language);
    return memberBadges.ofMember(m, request.memberId);
  }
}
