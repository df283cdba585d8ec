import type { ErrorCode } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';

/** One field error (Vietnamese or English), with the code the envelope carries. */
export function badgeFieldError(code: ErrorCode, lang: Language, field: string, detailCode: string, vi: string, en: string): DomainError {
  return DomainError.localized(code, lang, [{ field, code: detailCode, message: `${field}: ${lang === 'vi' ? vi : en}` }]);
}

export function notAnOccasion(lang: Language, field: string, occasions: string[]): DomainError {
  return badgeFieldError(
    'COMMON.VALIDATION_FAILED',
    lang,
    field,
    'notAnAwardOccasion',
    `không phải ngày trao Huy hiệu Đảng (3/2, 19/5, 2/9, 7/11); trong năm: ${occasions.map(displayDate).join(', ')}`,
    `is not a badge award occasion (3/2, 19/5, 2/9, 7/11); that year: ${occasions.map(displayDate).join(', ')}`,
  );
}
