import type { BadgeCircumstancesDto, RecordDisciplineRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { requireMemberInScope } from '../member-in-scope';
import { badgeCircumstances } from './badge-circumstances.repository';
import { assertNotFuture } from './not-future';

/** Records a discipline decision (khiển trách, cảnh cáo, cách chức) on a member in scope; answers the member's circumstances. */
@Injectable()
export class RecordDisciplineUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: RecordDisciplineRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    assertNotFuture('decidedOn', request.decidedOn, context.language);
    return this.access.manager.transaction(async (m) => {
      await requireMemberInScope(this.access, m, request.memberId, context, true);
      await badgeCircumstances.addDiscipline(m, request);
      return badgeCircumstances.of(m, request.memberId);
    });
  }
}
