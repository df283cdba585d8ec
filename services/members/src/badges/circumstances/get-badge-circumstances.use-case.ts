import type { BadgeCircumstancesDto, MemberRefRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { requireMemberInScope } from '../member-in-scope';
import { badgeCircumstances } from './badge-circumstances.repository';

/** A member's discipline decisions and serious illness, as the badge rule reads them. */
@Injectable()
export class GetBadgeCircumstancesUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: MemberRefRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    const m = this.access.manager;
    await requireMemberInScope(this.access, m, request.memberId, context, false);
    return badgeCircumstances.of(m, request.memberId);
  }
}
