import type { ErrorDetail } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';

// Grading answers with the common codes (404, 409, 412, 422) and says why in the details, field by field.

const t = (lang: Language, vi: string, en: string) => (lang === 'vi' ? vi : en);

export function gradingNotFound(lang: Language): DomainError {
  return DomainError.localized('COMMON.NOT_FOUND', lang);
}

export function gradingVersionMismatch(lang: Language): DomainError {
  return DomainError.localized('COMMON.PRECONDITION_FAILED', lang);
}

export function gradingField(lang: Language, field: string, code: string, vi: string, en: string): ErrorDetail {
  return { field, code, message: `${field}: ${t(lang, vi, en)}` };
}

export function gradingInvalid(lang: Language, details: ErrorDetail[]): DomainError {
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, details);
}

/** The state of the campaign or the grading refuses the step (closed, decided, excluded, past the deadline). */
export function gradingConflict(detail: ErrorDetail): DomainError {
  return new DomainError('COMMON.CONFLICT', detail.message.slice(detail.field.length + 2), [detail]);
}

export function campaignClosed(lang: Language): DomainError {
  return gradingConflict(gradingField(lang, 'campaignId', 'campaignClosed', 'đợt đánh giá đã kết thúc, không sửa được nữa', 'the campaign is closed'));
}

export function memberExcluded(lang: Language): DomainError {
  return gradingConflict(
    gradingField(lang, 'memberId', 'excluded', 'đảng viên này thuộc diện không xếp loại trong đợt này', 'this member is listed but not graded in this campaign'),
  );
}

/** Only officers of a superior organisation decide: the chi bộ proposes, the competent committee decides. */
export function notCompetent(lang: Language): DomainError {
  return new DomainError(
    'COMMON.FORBIDDEN',
    t(lang, 'Chỉ cấp ủy cấp trên có thẩm quyền mới quyết định xếp loại; tổ chức tự đề xuất cho mình.', 'Only a superior committee decides; an organisation proposes for itself.'),
  );
}

export function gradingForbidden(lang: Language): DomainError {
  return DomainError.localized('COMMON.FORBIDDEN', lang);
}
