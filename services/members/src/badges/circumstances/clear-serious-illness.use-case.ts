import type { BadgeCircumstancesDto, MemberRefRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { requireMemberInScope } from '../member-in-scope';
import { badgeCircumstances } from './badge-circumstances.repository';

/** Removes the serious-illness note (recovered, or recorded by mistake); idempotent. */
@Injectable()
export class ClearSeriousIllnessUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: MemberRefRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    return this.access.manager.transaction(async (m) => {
      await requireMemberInScope(this.access, m, request.memberId, context, true);
      await badgeCircumstances.clearIllness(m, request.memberId);
      return badgeCircumstances.of(m, request.memberId);
    });
  }
}
