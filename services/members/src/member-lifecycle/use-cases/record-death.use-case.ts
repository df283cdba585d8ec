import type { LifecycleActionResultDto, RecordDeathRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { ENDABLE, endingPlan } from '../ending-plan';
import { LifecycleWriter } from '../lifecycle-writer';

/** A death (từ trần): `effectiveOn` is the date of death; the paper (notice, certificate) may follow it. */
@Injectable()
export class RecordDeathUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: RecordDeathRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ENDABLE, (state) => {
      decidedChecks(state, request, { effectiveAfterDecision: false }).throwIfAny();
      return endingPlan(state, request, 'died', 'deceased', 'Từ trần');
    });
  }
}
