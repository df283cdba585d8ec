import type { ExemptMemberRequest, LifecycleActionResultDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { decidedChecks } from '../decided-checks';
import { LifecycleWriter } from '../lifecycle-writer';

/**
 * Exemption from work and activities (miễn công tác và sinh hoạt đảng): the chi bộ decides for an
 * official member (24-QĐ/TW point 7.1; grounds per HD 27-HD/BTCTW). The member stays on the roll
 * (đảng số) and is left out of annual grading (members.md §4.5).
 */
@Injectable()
export class ExemptMemberUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: ExemptMemberRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ['official'], (state) => {
      decidedChecks(state, request, { effectiveAfterDecision: true }).throwIfAny();
      return {
        kind: 'exempted',
        effectiveOn: request.effectiveOn,
        decision: request.decision,
        reason: request.reason,
        status: 'exempt',
        statusSince: request.effectiveOn,
        details: { ground: request.ground },
      };
    });
  }
}
