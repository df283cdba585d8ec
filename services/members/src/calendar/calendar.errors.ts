import type { ErrorDetail } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';
import { displayDate, VIETNAM_CALENDAR } from '@lienthong/rules';

const t = (lang: Language, vi: string, en: string) => (lang === 'vi' ? vi : en);

export function calendarField(lang: Language, field: string, code: string, vi: string, en: string): ErrorDetail {
  return { field, code, message: `${field}: ${t(lang, vi, en)}` };
}

export function calendarInvalid(lang: Language, details: ErrorDetail[]): DomainError {
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, details);
}

/** 422: the calendar has no base data there (or the override would make it inconsistent). */
export function calendarRefused(lang: Language, details: ErrorDetail[]): DomainError {
  return DomainError.localized('COMMON.RULE_VIOLATION', lang, details);
}

export function notCovered(lang: Language, field: string): ErrorDetail {
  const { firstDay, lastDay } = VIETNAM_CALENDAR.coverage;
  return calendarField(
    lang,
    field,
    'calendarNotCovered',
    `lịch ngày làm việc chỉ có dữ liệu từ ${displayDate(firstDay)} đến ${displayDate(lastDay)}; ngày ngoài khoảng này không tính hạn được nên không sửa được`,
    `the working-day calendar covers ${displayDate(firstDay)} … ${displayDate(lastDay)} only; days outside it cannot be changed`,
  );
}

export function overrideNotFound(lang: Language): DomainError {
  return DomainError.localized('COMMON.NOT_FOUND', lang);
}

export function overrideVersionMismatch(lang: Language): DomainError {
  return DomainError.localized('COMMON.PRECONDITION_FAILED', lang);
}

/** Replacing an existing override needs the version last read (If-Match). */
export function overrideVersionRequired(lang: Language): DomainError {
  return DomainError.localized('COMMON.PRECONDITION_REQUIRED', lang);
}
