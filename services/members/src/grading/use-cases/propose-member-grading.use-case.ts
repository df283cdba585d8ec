import type { MemberGradingDto, ProposeMemberGradingRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { GRADE_PERMISSION } from '../grading-permission';
import { checkMark } from '../grading-rules';
import { gradingConflict, gradingField } from '../grading.errors';
import { MemberGradingSteps } from '../member-grading-steps';

/** Step 2: the chi bộ's appraisal and proposed level for one member (with or without a self-assessment), until decided. */
@Injectable()
export class ProposeMemberGradingUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(MemberGradingSteps) private readonly steps: MemberGradingSteps,
  ) {}

  execute(request: ProposeMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const target = await this.steps.load(m, request, scope, context);
      this.access.assertMayWrite(context, scope, { id: target.row.orgId }, { permission: GRADE_PERMISSION });
      if (target.row.step === 'decided') {
        throw gradingConflict(gradingField(lang, 'step', 'alreadyDecided', 'cấp có thẩm quyền đã quyết định xếp loại', 'the grading is already decided'));
      }
      checkMark(request, target.campaign.referenceDate, lang);
      return this.steps.write(m, target, 'proposed', request, context);
    });
  }
}
