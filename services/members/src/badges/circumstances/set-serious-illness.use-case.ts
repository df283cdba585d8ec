import type { BadgeCircumstancesDto, SetSeriousIllnessRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { requireMemberInScope } from '../member-in-scope';
import { badgeCircumstances } from './badge-circumstances.repository';
import { assertNotFuture } from './not-future';

/** Notes a member's serious illness (the early award); setting it again replaces the date and note. */
@Injectable()
export class SetSeriousIllnessUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: SetSeriousIllnessRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    assertNotFuture('since', request.since, context.language);
    return this.access.manager.transaction(async (m) => {
      await requireMemberInScope(this.access, m, request.memberId, context, true);
      await badgeCircumstances.setIllness(m, request);
      return badgeCircumstances.of(m, request.memberId);
    });
  }
}
