import type { ErrorDetail, TemporaryTransferReason, TransferDeadlinesDto, TransferRuleDto } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import {
  CalendarNotCoveredError,
  displayDate,
  TEMPORARY_TRANSFER_DURATIONS,
  TRANSFER_PRESENT_DEADLINE,
  TRANSFER_START_DEADLINE,
  type WorkingDayCalendar,
  addMonths,
  type RuleVersion,
} from '@lienthong/rules';
import { currentCalendar } from '../calendar/calendar-provider';

/** The working-day calendar in force (libs/rules' holidays, Tết, swapped days, with the overrides kept as data). */
export function transferCalendar(): WorkingDayCalendar {
  return currentCalendar();
}

/** A broken rule of the transfer as a field detail, in the caller's language. */
export type TransferField = (field: string, code: string, vi: string, en: string) => ErrorDetail;

export function fieldDetail(language: Language): TransferField {
  return (field, code, vi, en) => ({ field, code, message: `${field}: ${language === 'vi' ? vi : en}` });
}

export function ruleOf(version: RuleVersion<unknown>, rule: string, workingDays?: number): TransferRuleDto {
  const { document, article, note, verify } = version.source;
  return { rule, workingDays, document, article: article ?? null, note: note ?? null, verify: verify === true };
}

/**
 * 294-QĐ/TW 6.3.1: the transfer starts within 60 working days of the move (start deadline) and the
 * letter is presented to the receiving side within 30 working days of its date (confirm deadline);
 * the event day is not counted (libs/rules, Bộ luật Dân sự Art. 147). Before the rule's effective
 * date (01/7/2025) no deadline is guessed: the dates are refused at the field.
 */
export function computeTransferDeadlines(movedOn: string, letterDate: string, field: TransferField): TransferDeadlinesDto | ErrorDetail[] {
  const start = TRANSFER_START_DEADLINE.versionAt(movedOn);
  const present = TRANSFER_PRESENT_DEADLINE.versionAt(letterDate);
  const errors: ErrorDetail[] = [];
  if (!start) errors.push(field('movedOn', 'ruleNotInForce', 'trước ngày 01/7/2025 (Quy định 294-QĐ/TW): chưa có quy tắc tính hạn', 'before 01/07/2025 (Regulation 294-QĐ/TW): no deadline rule in force'));
  if (!present) errors.push(field('letterDate', 'ruleNotInForce', 'trước ngày 01/7/2025 (Quy định 294-QĐ/TW): chưa có quy tắc tính hạn', 'before 01/07/2025 (Regulation 294-QĐ/TW): no deadline rule in force'));
  if (letterDate < movedOn) errors.push(field('letterDate', 'beforeMove', 'không được trước ngày chuyển', 'must not be before the move'));
  if (!start || !present || errors.length > 0) return errors;
  try {
    const calendar = transferCalendar();
    const startDeadline = calendar.deadline(movedOn, start.value.workingDays);
    const confirmDeadline = calendar.deadline(letterDate, present.value.workingDays);
    return {
      movedOn,
      letterDate,
      startDeadline,
      startLate: letterDate > startDeadline,
      confirmDeadline,
      rules: [ruleOf(start, TRANSFER_START_DEADLINE.name, start.value.workingDays), ruleOf(present, TRANSFER_PRESENT_DEADLINE.name, present.value.workingDays)],
    };
  } catch (error) {
    if (!(error instanceof CalendarNotCoveredError)) throw error;
    const [first, last] = [displayDate(error.coverage.firstDay), displayDate(error.coverage.lastDay)];
    return [field('letterDate', 'calendarNotCovered', `lịch ngày làm việc chỉ có dữ liệu ${first} … ${last}`, `the working-day calendar covers ${first} … ${last} only`)];
  }
}

/** 29-QĐ/TW: residence or work 3 months to under 1 year; full-time study in Vietnam 3 months to 2 years. */
export function checkTemporaryDuration(reason: TemporaryTransferReason, from: string, until: string, field: TransferField): { errors: ErrorDetail[]; rule: TransferRuleDto | null } {
  const version = TEMPORARY_TRANSFER_DURATIONS.versionAt(from);
  if (!version) return { errors: [field('temporaryFrom', 'ruleNotInForce', 'không có quy tắc tạm chuyển cho ngày này', 'no temporary-transfer rule in force on this date')], rule: null };
  const rule = ruleOf(version, TEMPORARY_TRANSFER_DURATIONS.name);
  if (until <= from) return { errors: [field('temporaryUntil', 'beforeFrom', 'phải sau ngày bắt đầu', 'must be after the start')], rule };
  const { residenceOrWork, domesticStudy } = version.value;
  const work = reason === 'residence-or-work';
  const tooShort = until < addMonths(from, work ? residenceOrWork.minMonths : domesticStudy.minMonths);
  const tooLong = work ? until >= addMonths(from, residenceOrWork.maxMonthsExclusive) : until > addMonths(from, domesticStudy.maxMonths);
  const [vi, en] = work
    ? [`từ ${residenceOrWork.minMonths} tháng đến dưới ${residenceOrWork.maxMonthsExclusive} tháng`, `${residenceOrWork.minMonths} months to under ${residenceOrWork.maxMonthsExclusive} months`]
    : [`từ ${domesticStudy.minMonths} tháng đến ${domesticStudy.maxMonths} tháng`, `${domesticStudy.minMonths} to ${domesticStudy.maxMonths} months`];
  if (tooShort || tooLong) {
    return { errors: [field('temporaryUntil', tooShort ? 'tooShort' : 'tooLong', `tạm chuyển sinh hoạt ${vi} (${version.source.document})`, `a temporary transfer lasts ${en} (${version.source.document})`)], rule };
  }
  return { errors: [], rule };
}
