import { MEMBER_STATUS_LABELS, type ErrorDetail, type MemberStatus } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { invalidRecord } from '../members/member.exceptions';

type Text = { vi: string; en: string };

/** Collects field errors of one request, so that a form shows them together (400 COMMON.VALIDATION_FAILED). */
export class FieldErrors {
  private readonly details: ErrorDetail[] = [];

  constructor(private readonly language: Language) {}

  add(field: string, code: string, text: Text): this {
    this.details.push({ field, code, message: `${field}: ${text[this.language]}` });
    return this;
  }

  notFuture(field: string, date: string | undefined | null, today: string): this {
    if (date && date > today) this.add(field, 'inFuture', { vi: `không được sau ngày hôm nay (${displayDate(today)})`, en: `must not be after today (${displayDate(today)})` });
    return this;
  }

  notBefore(field: string, date: string | undefined | null, bound: string, code: string, text: Text): this {
    if (date && date < bound) this.add(field, code, text);
    return this;
  }

  throwIfAny(): void {
    if (this.details.length > 0) throw invalidRecord(this.language, this.details);
  }
}

/** The action is not open to a member in this state (422 COMMON.RULE_VIOLATION with a detail code). */
export function ruleViolation(language: Language, field: string, code: string, text: Text): DomainError {
  return DomainError.localized('COMMON.RULE_VIOLATION', language, [{ field, code, message: `${field}: ${text[language]}` }]);
}

export function statusNotAllowed(language: Language, status: MemberStatus, allowed: readonly MemberStatus[]): DomainError {
  const list = (lang: Language) => allowed.map((s) => MEMBER_STATUS_LABELS[s][lang]).join(', ');
  return ruleViolation(language, 'status', 'statusNotAllowed', {
    vi: `đảng viên đang ở trạng thái "${MEMBER_STATUS_LABELS[status].vi}"; thao tác này chỉ dành cho: ${list('vi')}`,
    en: `the member is "${MEMBER_STATUS_LABELS[status].en}"; this action is only for: ${list('en')}`,
  });
}
