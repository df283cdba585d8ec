import type { ErrorDetail, MemberStatus } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import type { MemberRecordRuleKind } from '../entities/member-record-rule.entity';
import { addDays, addMonths, daysBetween, yearsBetween } from './party-dates';

/** A row of `member_record_rule`. */
export interface MemberRecordRule {
  rule: MemberRecordRuleKind;
  value: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
}

export interface PeriodToCheck {
  admissionDecisionDate: string;
  ceremonyDate?: string | null;
  recognitionDate?: string | null;
  endedOn?: string | null;
}

/** What the date, number and status rules look at, after an update's patch is applied. */
export interface RecordToCheck {
  dateOfBirth: string;
  periods: PeriodToCheck[];
  cards: { cardNumber: string; issuedOn: string }[];
  historyNumber: string | null;
  status: MemberStatus;
  statusSince: string;
}

/** The rule of this kind in force on `onDate`, if any (no row yet: that era is not checked). */
export function ruleInForce(rules: readonly MemberRecordRule[], kind: MemberRecordRuleKind, onDate: string): MemberRecordRule | undefined {
  return rules.find((r) => r.rule === kind && r.effectiveFrom <= onDate && (r.effectiveTo === null || onDate <= r.effectiveTo));
}

type Text = Record<Language, string>;
const OPEN_STATUSES: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily-transferred-out'];
const ENDED_STATUSES: readonly MemberStatus[] = ['removed', 'expelled', 'resigned'];

/**
 * Every rule of the record at once, so that a form shows all its errors together. Dates in
 * the future, impossible orders, the admission age and probation length in force on the
 * admission date, the card format in force on its issue date, status vs periods.
 */
export function checkRecord(record: RecordToCheck, rules: readonly MemberRecordRule[], today: string, lang: Language): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const add = (field: string, code: string, text: Text) => details.push({ field, code, message: `${field}: ${text[lang]}` });
  const notFuture = (field: string, date: string | null | undefined) => {
    if (date && date > today) add(field, 'inFuture', { vi: `không được sau ngày hôm nay (${displayDate(today)})`, en: `must not be after today (${displayDate(today)})` });
  };

  notFuture('dateOfBirth', record.dateOfBirth);
  notFuture('statusSince', record.statusSince);
  record.periods.forEach((p, i) => checkPeriod(record, p, i, rules, add, notFuture));
  checkStatus(record, add);
  checkCards(record, rules, add, notFuture);
  if (record.historyNumber !== null) {
    const rule = ruleInForce(rules, 'history-number', today);
    if (rule && !new RegExp(rule.value, 'u').test(record.historyNumber)) {
      add('historyNumber', 'historyNumberFormat', {
        vi: `không đúng định dạng số lý lịch (6 chữ số và 1–3 chữ cái; ${rule.source})`,
        en: `is not a history number (6 digits and 1–3 letters; ${rule.source})`,
      });
    }
  }
  return details;
}

type Add = (field: string, code: string, text: Text) => void;

function checkPeriod(
  record: RecordToCheck,
  p: PeriodToCheck,
  i: number,
  rules: readonly MemberRecordRule[],
  add: Add,
  notFuture: (field: string, date: string | null | undefined) => void,
): void {
  const f = (name: string) => `periods[${i}].${name}`;
  const decision = p.admissionDecisionDate;
  for (const name of ['admissionDecisionDate', 'ceremonyDate', 'recognitionDate', 'endedOn'] as const) notFuture(f(name), p[name]);
  if (decision <= record.dateOfBirth) {
    add(f('admissionDecisionDate'), 'beforeBirth', { vi: 'phải sau ngày sinh', en: 'must be after the date of birth' });
  } else {
    const minAge = ruleInForce(rules, 'min-admission-age', decision);
    if (minAge && yearsBetween(record.dateOfBirth, decision) < Number(minAge.value)) {
      add(f('admissionDecisionDate'), 'underAge', {
        vi: `người được kết nạp phải đủ ${minAge.value} tuổi (${minAge.source})`,
        en: `the member must be at least ${minAge.value} at admission (${minAge.source})`,
      });
    }
  }
  if (p.ceremonyDate && p.ceremonyDate < decision) {
    add(f('ceremonyDate'), 'beforeDecision', { vi: 'lễ kết nạp không được trước ngày quyết định kết nạp', en: 'must not be before the admission decision' });
  }
  const probation = ruleInForce(rules, 'probation-months', decision);
  const probationStart = p.ceremonyDate ?? decision;
  if (p.recognitionDate) {
    if (p.recognitionDate <= decision) {
      add(f('recognitionDate'), 'beforeDecision', { vi: 'phải sau ngày quyết định kết nạp', en: 'must be after the admission decision' });
    } else if (probation && p.recognitionDate < addMonths(probationStart, Number(probation.value))) {
      const earliest = addMonths(probationStart, Number(probation.value));
      add(f('recognitionDate'), 'probationTooShort', {
        vi: `chưa đủ ${probation.value} tháng dự bị kể từ ${p.ceremonyDate ? 'lễ kết nạp' : 'quyết định kết nạp'}; sớm nhất ${displayDate(earliest)} (${probation.source})`,
        en: `less than ${probation.value} months of probation since the ${p.ceremonyDate ? 'ceremony' : 'decision'}; earliest ${displayDate(earliest)} (${probation.source})`,
      });
    }
  }
  const start = p.recognitionDate ?? p.ceremonyDate ?? decision;
  if (p.endedOn && p.endedOn < start) {
    add(f('endedOn'), 'beforeStart', { vi: 'không được trước các ngày của đợt sinh hoạt này', en: 'must not be before the dates of this period' });
  }
  if (i < record.periods.length - 1 && !p.endedOn) {
    add(f('endedOn'), 'required', { vi: 'phải có ngày kết thúc vì có đợt kết nạp lại sau đó', en: 'is required: a later readmission follows' });
  }
  const previous = record.periods[i - 1];
  if (previous?.endedOn && decision <= previous.endedOn) {
    add(f('admissionDecisionDate'), 'overlapsPrevious', {
      vi: `kết nạp lại phải sau ngày kết thúc đợt trước (${displayDate(previous.endedOn)})`,
      en: `a readmission must come after the previous period ended (${displayDate(previous.endedOn)})`,
    });
  }
}

function checkStatus(record: RecordToCheck, add: Add): void {
  const last = record.periods[record.periods.length - 1];
  if (!last) return;
  if (OPEN_STATUSES.includes(record.status) && last.endedOn) {
    add('status', 'periodEnded', { vi: 'đợt sinh hoạt đảng cuối cùng đã kết thúc', en: 'the last membership period has ended' });
  }
  if (ENDED_STATUSES.includes(record.status) && !last.endedOn) {
    add('status', 'periodOpen', { vi: 'cần ghi ngày kết thúc đợt sinh hoạt đảng cuối cùng', en: 'the last membership period needs its end date' });
  }
  if (record.status === 'probationary' && last.recognitionDate) {
    add('status', 'alreadyRecognised', { vi: 'đảng viên đã được công nhận chính thức', en: 'the member has already been recognised as official' });
  }
  if (record.status === 'official' && !last.recognitionDate) {
    add('status', 'notRecognised', { vi: 'thiếu ngày công nhận đảng viên chính thức', en: 'the official recognition date is missing' });
  }
}

function checkCards(
  record: RecordToCheck,
  rules: readonly MemberRecordRule[],
  add: Add,
  notFuture: (field: string, date: string | null | undefined) => void,
): void {
  const recognitions = record.periods.map((p) => p.recognitionDate).filter((d): d is string => !!d);
  const firstOfficial = recognitions.sort()[0];
  const seen = new Set<string>();
  record.cards.forEach((card, i) => {
    const f = (name: string) => `cards[${i}].${name}`;
    notFuture(f('issuedOn'), card.issuedOn);
    const rule = ruleInForce(rules, 'card-number', card.issuedOn);
    if (rule && !new RegExp(rule.value, 'u').test(card.cardNumber)) {
      add(f('cardNumber'), 'cardNumberFormat', {
        vi: `không đúng định dạng số thẻ đảng viên theo quy định hiệu lực ngày ${displayDate(card.issuedOn)} (${rule.source})`,
        en: `is not a card number under the rule in force on ${displayDate(card.issuedOn)} (${rule.source})`,
      });
    }
    if (seen.has(card.cardNumber)) add(f('cardNumber'), 'duplicate', { vi: 'trùng với thẻ khác của đảng viên', en: 'repeats another card of the member' });
    seen.add(card.cardNumber);
    // The card is issued only to official members (members.md §4.3).
    if (!firstOfficial || card.issuedOn < firstOfficial) {
      add(f('issuedOn'), 'beforeOfficial', { vi: 'thẻ đảng chỉ cấp cho đảng viên chính thức', en: 'a party card is issued only to official members' });
    }
    const previous = record.cards[i - 1];
    if (previous && card.issuedOn < previous.issuedOn) {
      add(f('issuedOn'), 'beforePreviousCard', { vi: 'không được trước ngày cấp thẻ trước đó', en: 'must not be before the previous card' });
    }
  });
}

/** Party age counts from the first admission decision minus the time outside the Party (Điều lệ Art. 5.4). */
export function partyAgeSince(periods: readonly PeriodToCheck[]): string {
  const first = periods[0].admissionDecisionDate;
  let gap = 0;
  for (let i = 1; i < periods.length; i += 1) {
    const ended = periods[i - 1].endedOn;
    if (ended) gap += Math.max(0, daysBetween(ended, periods[i].admissionDecisionDate));
  }
  return addDays(first, gap);
}
