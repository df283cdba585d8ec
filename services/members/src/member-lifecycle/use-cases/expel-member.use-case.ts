import type { DecidedLifecycleRequest, LifecycleActionResultDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { ENDABLE, endingPlan } from '../ending-plan';
import { LifecycleWriter } from '../lifecycle-writer';

/** Expulsion (khai trừ), the heaviest discipline (members.md §4.7): the period ends; party age stops. */
@Injectable()
export class ExpelMemberUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ENDABLE, (state) => {
      decidedChecks(state, request, { effectiveAfterDecision: true }).throwIfAny();
      return endingPlan(state, request, 'expelled', 'expelled', 'Khai trừ');
    });
  }
}
