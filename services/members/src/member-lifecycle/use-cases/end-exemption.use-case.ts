import type { DecidedLifecycleRequest, LifecycleActionResultDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { LifecycleWriter } from '../lifecycle-writer';

/** An exempt member asks to return to work and activities; the chi bộ decides (HD 27-HD/BTCTW). */
@Injectable()
export class EndExemptionUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ['exempt'], (state) => {
      decidedChecks(state, request, { effectiveAfterDecision: true }).throwIfAny();
      return {
        kind: 'exemption-ended',
        effectiveOn: request.effectiveOn,
        decision: request.decision,
        reason: request.reason,
        status: 'official',
        statusSince: request.effectiveOn,
      };
    });
  }
}
