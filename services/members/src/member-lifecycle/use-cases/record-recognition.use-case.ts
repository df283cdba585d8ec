import type { LifecycleActionResultDto, RecordRecognitionRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate, recognitionVoteState } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { FieldErrors, ruleViolation } from '../lifecycle-checks';
import { recognitionDates } from '../lifecycle-rules';
import { recognitionState } from '../lifecycle-view';
import { LifecycleWriter, type LifecyclePlan, type LifecycleState } from '../lifecycle-writer';

/**
 * The chi bộ's consideration of official recognition (members.md §4.1):
 * - `approved`: official FROM THE DUE DATE (12 months after the ceremony) however late the meeting or
 *   the approval; a consideration after the 30-working-day deadline is flagged `consideredLate`;
 * - `vote-failed`: a vote under two thirds; the third one escalates to the superior committee, after
 *   which the chi bộ votes no more;
 * - `not-recognised`: the member stays probationary and a removal (xóa tên) is proposed.
 */
@Injectable()
export class RecordRecognitionUseCase {
  constructor(@Inject(LifecycleWriter) private readonly writer: LifecycleWriter) {}

  execute(request: RecordRecognitionRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.writer.run(request, context, ['probationary'], (state) => plan(request, state));
  }
}

function plan(request: RecordRecognitionRequest, state: LifecycleState): LifecyclePlan {
  const { language } = state.context;
  const dates = recognitionDates(state.period);
  if (!dates) {
    throw ruleViolation(language, 'consideredOn', 'noProbationRule', {
      vi: 'không có quy định thời kỳ dự bị cho ngày kết nạp này; ghi ngày chính thức qua hồ sơ đảng viên',
      en: 'no probation rule covers this admission date; record the official date through the record',
    });
  }
  const standing = recognitionState(state.events, state.period.seq, request.consideredOn);
  const errors = new FieldErrors(language).notFuture('consideredOn', request.consideredOn, state.today);
  errors.notBefore('consideredOn', request.consideredOn, dates.dueDate, 'beforeDue', {
    vi: `chỉ xét công nhận chính thức khi hết 12 tháng dự bị (${displayDate(dates.dueDate)})`,
    en: `recognition is considered once probation ends (${displayDate(dates.dueDate)})`,
  });
  const votesPass = request.votes && request.votes.inFavour <= request.votes.eligible ? recognitionVoteState([request.votes], dates.dueDate) === 'recognised' : undefined;
  if (request.votes && request.votes.inFavour > request.votes.eligible) {
    errors.add('votes.inFavour', 'moreThanEligible', { vi: 'số tán thành không được lớn hơn số đảng viên chính thức', en: 'must not exceed the eligible voters' });
  } else if (request.outcome === 'vote-failed' && votesPass) {
    errors.add('votes.inFavour', 'reachesTwoThirds', { vi: 'đạt từ 2/3 trở lên: ghi kết quả "công nhận"', en: 'reaches two thirds: record it as approved' });
  } else if (request.outcome === 'approved' && votesPass === false) {
    errors.add('votes.inFavour', 'belowTwoThirds', { vi: 'chưa đạt 2/3 số đảng viên chính thức tán thành', en: 'below two thirds of the eligible voters' });
  }
  if (request.decision) {
    errors.notFuture('decision.date', request.decision.date, state.today);
    errors.notBefore('decision.date', request.decision.date, request.consideredOn, 'beforeConsidered', {
      vi: `quyết định không được trước ngày chi bộ xét (${displayDate(request.consideredOn)})`,
      en: `must not be before the chi bộ considered it (${displayDate(request.consideredOn)})`,
    });
  }
  errors.throwIfAny();
  const timing = {
    consideredOn: request.consideredOn,
    dueDate: dates.dueDate,
    considerBy: dates.considerBy,
    consideredLate: dates.considerBy !== null && request.consideredOn > dates.considerBy,
    basis: dates.basis,
    rules: { probation: dates.probationRule, consideration: dates.considerationRule },
    votes: request.votes ?? null,
  };
  const base = { decision: request.decision ?? null, reason: request.reason };
  if (request.outcome === 'approved') {
    return { ...base, kind: 'recognised', effectiveOn: dates.dueDate, status: 'official', statusSince: dates.dueDate, period: { recognitionDate: dates.dueDate }, details: { ...timing, afterEscalation: standing.escalated } };
  }
  if (request.outcome === 'not-recognised') {
    if (standing.removalProposed) throw ruleViolation(language, 'outcome', 'alreadyRefused', { vi: 'đã ghi không công nhận và đề nghị xóa tên', en: 'non-recognition and a removal proposal are already recorded' });
    return { ...base, kind: 'recognition-refused', effectiveOn: request.consideredOn, details: { ...timing, removalProposed: true } };
  }
  if (standing.escalated) {
    throw ruleViolation(language, 'outcome', 'escalated', {
      vi: `đã ${standing.failedVotes} lần biểu quyết không đạt: việc công nhận do cấp ủy cấp trên quyết định`,
      en: `${standing.failedVotes} votes failed: the superior committee decides now`,
    });
  }
  const attempt = standing.failedVotes + 1;
  return { ...base, kind: 'recognition-vote-failed', effectiveOn: request.consideredOn, details: { ...timing, attempt, maxVotes: standing.maxVotes, escalated: attempt >= standing.maxVotes } };
}
