import type { MemberGradingDto, SelfAssessMemberGradingRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { checkMark } from '../grading-rules';
import { gradingConflict, gradingField } from '../grading.errors';
import { MemberGradingSteps } from '../member-grading-steps';

/**
 * Step 1 (124-QĐ/TW Điều 12; 366 keeps it): the member's own self-assessment, scope self — the
 * gateway names the member from the signed-in account's link, never from the request. Taken until
 * the deadline and until the chi bộ has proposed; it may be redone before then.
 */
@Injectable()
export class SelfAssessMemberGradingUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(MemberGradingSteps) private readonly steps: MemberGradingSteps,
  ) {}

  execute(request: SelfAssessMemberGradingRequest, context: HandlerContext): Promise<MemberGradingDto> {
    const lang = context.language;
    return this.access.manager.transaction(async (m) => {
      const target = await this.steps.load(m, request, null, context);
      if (target.row.step !== 'pending' && target.row.step !== 'self-assessed') {
        throw gradingConflict(gradingField(lang, 'step', 'stepPassed', 'chi bộ đã đề xuất mức xếp loại; không tự đánh giá lại được', 'the chi bộ has already proposed'));
      }
      if (partyToday() > target.campaign.deadline) {
        throw gradingConflict(
          gradingField(lang, 'deadline', 'deadlinePassed', `đã quá hạn tự đánh giá (${displayDate(target.campaign.deadline)})`, `the self-assessment deadline (${displayDate(target.campaign.deadline)}) has passed`),
        );
      }
      checkMark(request, target.campaign.referenceDate, lang);
      return this.steps.write(m, target, 'self', request, context);
    });
  }
}
