import type { DecidedLifecycleRequest, LifecycleActionResultDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { ENDABLE, endingPlan } from '../ending-plan';
import { LifecycleWriter } from '../lifecycle-writer';

/** Leaving the Party at the member's own request (xin ra khỏi Đảng), once the competent committee decides. */
@Injectable()
export class RecordLeavingUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ENDABLE, (state) => {
      decidedChecks(state, request, { effectiveAfterDecision: true }).throwIfAny();
      return endingPlan(state, request, 'left', 'resigned', 'Xin ra khỏi Đảng');
    });
  }
}
