import { ORG_KIND_LABELS, type ErrorCode, type OrgKind } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';

/** A refusal with the message in the caller's language. */
export function orgError(code: ErrorCode, lang: Language): DomainError {
  return DomainError.localized(code, lang);
}

/** A field that is well-formed but breaks a rule about the tree: a validation error with one detail. */
export function invalidOrgField(lang: Language, field: string, code: string, text: Record<Language, string>): DomainError {
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, [{ field, code, message: `${field}: ${text[lang]}` }]);
}

export function validFromBeforeParent(lang: Language, parentValidFrom: string): DomainError {
  return invalidOrgField(lang, 'validFrom', 'beforeParentValidFrom', {
    vi: `không được trước ngày thành lập của tổ chức cấp trên (${displayDate(parentValidFrom)})`,
    en: `must not be before the parent's validFrom (${displayDate(parentValidFrom)})`,
  });
}

export function validToBeforeValidFrom(lang: Language, validFrom: string): DomainError {
  return invalidOrgField(lang, 'validTo', 'beforeValidFrom', {
    vi: `không được trước ngày thành lập của tổ chức (${displayDate(validFrom)})`,
    en: `must not be before the organisation's validFrom (${displayDate(validFrom)})`,
  });
}

/** A dated change that would take effect before the org's latest recorded change (history is append-only). */
export function dateBeforeLatestChange(lang: Language, field: string, earliest: string): DomainError {
  return invalidOrgField(lang, field, 'beforeLatestChange', {
    vi: `không được trước ngày ${displayDate(earliest)}: tổ chức đã có thay đổi được ghi nhận từ ngày đó`,
    en: `must not be before ${displayDate(earliest)}: the organisation has a change recorded from then`,
  });
}

/** A dated change to an org that did not exist yet on that day. */
export function dateBeforeOrgExisted(lang: Language, field: string, orgName: string, validFrom: string): DomainError {
  return invalidOrgField(lang, field, 'beforeOrgExisted', {
    vi: `không được trước hoặc trùng ngày thành lập của ${orgName} (${displayDate(validFrom)})`,
    en: `must be after the founding day of ${orgName} (${displayDate(validFrom)})`,
  });
}

/** Kind rule refusal, naming both kinds so that an officer sees what the rule table says. */
export function kindNotAllowed(lang: Language, parentKind: OrgKind | null, childKind: OrgKind, onDate: string): DomainError {
  const child = ORG_KIND_LABELS[childKind][lang];
  const parent = parentKind === null ? null : ORG_KIND_LABELS[parentKind][lang];
  const message =
    lang === 'vi'
      ? `kind: ${child} không được đặt ${parent === null ? 'ở cấp cao nhất' : `dưới ${parent}`} (quy định hiệu lực ngày ${displayDate(onDate)})`
      : `kind: a ${child} cannot sit ${parent === null ? 'at the root' : `under a ${parent}`} (rules in force on ${displayDate(onDate)})`;
  return DomainError.localized('MEMBERS.ORG_KIND_NOT_ALLOWED', lang, [{ field: 'kind', code: 'kindNotAllowed', message }]);
}
