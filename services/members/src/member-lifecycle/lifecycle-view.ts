import { DEFAULT_PAGE_LIMIT, type LifecycleDateDto, type MemberLifecycleDto, type PartyAgeDto } from '@lienthong/contracts';
import { keysetPage } from '@lienthong/platform';
import { partyAge, RECOGNITION_VOTING, REMOVAL_RULES, type DeductedPeriod } from '@lienthong/rules';
import type { MemberPeriodEntity } from '../members/entities/member-period.entity';
import type { PartyMemberEntity } from '../members/entities/party-member.entity';
import { toLifecycleEventDto } from './lifecycle-event.mapper';
import { ceremonyDates, deadlineOrNote, recognitionDates, ruleOf } from './lifecycle-rules';
import type { MemberLifecycleEventEntity } from './member-lifecycle-event.entity';

/** A page of the history as fetched: `limit + 1` rows newest first (the extra row only says there is more). */
export interface HistoryRows {
  rows: readonly MemberLifecycleEventEntity[];
  limit: number;
}

/** The first page of a history already in memory (newest first), as an action's answer shows it. */
export function firstHistoryPage(events: readonly MemberLifecycleEventEntity[]): HistoryRows {
  return { rows: events.slice(0, DEFAULT_PAGE_LIMIT + 1), limit: DEFAULT_PAGE_LIMIT };
}

/** Where a member stands in the current period: failed votes, escalation, a removal proposed. */
export function recognitionState(events: readonly MemberLifecycleEventEntity[], periodSeq: number, on: string) {
  const ofPeriod = events.filter((e) => e.periodSeq === periodSeq);
  const failedVotes = ofPeriod.filter((e) => e.kind === 'recognition-vote-failed').length;
  const maxVotes = (RECOGNITION_VOTING.versionAt(on) ?? RECOGNITION_VOTING.versions[RECOGNITION_VOTING.versions.length - 1]).value.maxVotes;
  return {
    failedVotes,
    maxVotes,
    escalated: failedVotes >= maxVotes,
    removalProposed: ofPeriod.some((e) => e.kind === 'recognition-refused'),
  };
}

/**
 * The computed dates of a member's current admission period, each with the rule it comes from, the
 * party age, and one keyset page of the history (newest first). `events` are the member's rows,
 * newest first — at least those of the current period.
 */
export function lifecycleView(
  member: PartyMemberEntity,
  periods: readonly MemberPeriodEntity[],
  events: readonly MemberLifecycleEventEntity[],
  history: HistoryRows,
  today: string,
): MemberLifecycleDto {
  const period = periods[periods.length - 1];
  const ofPeriod = events.filter((e) => e.periodSeq === period.seq);
  const page = keysetPage(history.rows, history.limit, toLifecycleEventDto, (e) => [e.id]);
  return {
    memberId: member.id,
    version: member.version,
    status: member.status,
    statusSince: member.statusSince,
    periodSeq: period.seq,
    admissionDecisionDate: period.admissionDecisionDate,
    ceremonyDate: period.ceremonyDate,
    recognitionDate: period.recognitionDate,
    dates: [...ceremonyDate(member, period, ofPeriod, today), ...recognitionDateRows(member, period, ofPeriod, today), ...complaintDate(member, ofPeriod, today)],
    partyAge: partyAgeOf(member, periods, today),
    recognition: recognitionState(ofPeriod, period.seq, today),
    history: page.items,
    historyNextCursor: page.nextCursor,
  };
}

/** While probationary only: once official, the ceremony is history (its row keeps the late flag). */
function ceremonyDate(member: PartyMemberEntity, period: MemberPeriodEntity, events: readonly MemberLifecycleEventEntity[], today: string): LifecycleDateDto[] {
  if (member.status !== 'probationary') return [];
  const admission = events.find((e) => e.kind === 'admission-recorded');
  const held = events.find((e) => e.kind === 'ceremony-held');
  const receivedOn = (held?.details.receivedOn ?? admission?.details.receivedOn ?? period.admissionDecisionDate) as string;
  const dates = ceremonyDates(receivedOn);
  if (!dates) return [];
  const state = period.ceremonyDate
    ? dates.deadline && period.ceremonyDate > dates.deadline ? 'late' : 'done'
    : dates.deadline && today > dates.deadline ? 'overdue' : 'pending';
  return [{ key: 'ceremony-deadline', date: dates.deadline, state, basis: { kind: 'decision-received', date: receivedOn }, rule: dates.rule, note: dates.note }];
}

function recognitionDateRows(member: PartyMemberEntity, period: MemberPeriodEntity, events: readonly MemberLifecycleEventEntity[], today: string): LifecycleDateDto[] {
  if (member.status !== 'probationary' && !period.recognitionDate) return [];
  const r = recognitionDates(period);
  if (!r) return [];
  const considered = events.find((e) => e.kind === 'recognised' || e.kind === 'recognition-refused');
  const consideredOn = considered?.details.consideredOn as string | undefined;
  const considerState = consideredOn
    ? r.considerBy && consideredOn > r.considerBy ? 'late' : 'done'
    : r.considerBy && today > r.considerBy ? 'overdue' : 'pending';
  const due: LifecycleDateDto = { key: 'recognition-due', date: r.dueDate, state: period.recognitionDate ? 'done' : today >= r.dueDate ? 'due' : 'pending', basis: r.basis, rule: r.probationRule, note: null };
  // Recognised before Liên Thông kept the consideration (an imported or typed-in record): its deadline says nothing now.
  if (period.recognitionDate && !consideredOn) return [due];
  return [due, { key: 'recognition-consider-by', date: r.considerBy, state: considerState, basis: { kind: 'probation-end', date: r.dueDate }, rule: r.considerationRule, note: r.considerByNote }];
}

function complaintDate(member: PartyMemberEntity, events: readonly MemberLifecycleEventEntity[], today: string): LifecycleDateDto[] {
  const removal = member.status === 'removed' ? events.find((e) => e.kind === 'removed') : undefined;
  if (!removal?.decisionDate) return [];
  const rule = REMOVAL_RULES.versionAt(removal.decisionDate);
  if (!rule) return [];
  const { date, note } = deadlineOrNote(removal.decisionDate, rule.value.complaintWorkingDays);
  return [
    {
      key: 'removal-complaint-by',
      date,
      state: date && today > date ? 'done' : 'pending',
      basis: { kind: 'removal-decision', date: removal.decisionDate },
      rule: ruleOf(REMOVAL_RULES, rule.source),
      note,
    },
  ];
}

const PARTY_AGE_RULE = {
  table: 'party-age',
  document: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 19/01/2011)',
  article: 'Điều 5 khoản 4',
  note: 'Tuổi đảng tính từ ngày ghi trong quyết định kết nạp, trừ thời gian không tham gia sinh hoạt đảng (khai trừ, xóa tên, mất liên lạc, gián đoạn chuyển sinh hoạt).',
  verify: false,
};

/** Party age once the member has been recognised: from the first decision, minus the time between periods. */
function partyAgeOf(member: PartyMemberEntity, periods: readonly MemberPeriodEntity[], today: string): PartyAgeDto | null {
  if (!periods.some((p) => p.recognitionDate)) return null;
  const last = periods[periods.length - 1];
  const asOf = last.endedOn && last.endedOn < today ? last.endedOn : today;
  const gaps: DeductedPeriod[] = periods.slice(1).flatMap((p, i) => {
    const ended = periods[i].endedOn;
    return ended ? [{ from: ended, to: p.admissionDecisionDate, reason: 'khac' as const }] : [];
  });
  const age = partyAge(periods[0].admissionDecisionDate, gaps, asOf);
  return { years: age.years, months: age.months, asOf, since: member.partyAgeSince, deductedDays: age.deducted.totalDays, rule: PARTY_AGE_RULE };
}
