import {
  MEMBERS_READ_SENSITIVE,
  type AuthContextClaims,
  type FamilyRelativeDto,
  type FamilyRelativeInput,
  type MemberCardInput, type MemberStatus, type MembershipPeriodInput } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import type { MemberCardEntity } from './entities/member-card.entity';
import type { MemberPeriodEntity } from './entities/member-period.entity';
import { cardNumbersTaken, citizenIdTaken, invalidRecord } from './member.exceptions';
import type { MemberRepository } from './member.repository';
import { checkRecord, partyAgeSince } from './rules/member-record-rules';

export function canReadSensitive(auth: AuthContextClaims): boolean {
  return auth.permissions.includes('*') || auth.permissions.includes(MEMBERS_READ_SENSITIVE);
}

export type PeriodRow = Omit<MemberPeriodEntity, 'memberId' | 'seq'>;
export type CardRow = Omit<MemberCardEntity, 'memberId' | 'seq'>;

export function periodRows(periods: readonly MembershipPeriodInput[]): PeriodRow[] {
  return periods.map((p) => ({
    admissionDecisionDate: p.admissionDecisionDate,
    admissionDecisionNumber: p.admissionDecisionNumber ?? null,
    ceremonyDate: p.ceremonyDate ?? null,
    recognitionDate: p.recognitionDate ?? null,
    endedOn: p.endedOn ?? null,
    endReason: p.endReason ?? null,
  }));
}

/** The card history oldest first: each card is replaced on the day the next one was issued. */
export function cardRows(cards: readonly MemberCardInput[]): CardRow[] {
  return cards.map((c, i) => ({ cardNumber: c.cardNumber, issuedOn: c.issuedOn, replacedOn: cards[i + 1]?.issuedOn ?? null }));
}

/** Since when a status holds, when the officer did not say: the date in the periods that made it so. */
export function defaultStatusSince(status: MemberStatus, periods: readonly PeriodRow[], today: string): string {
  const last = periods[periods.length - 1];
  if (status === 'probationary') return last.ceremonyDate ?? last.admissionDecisionDate;
  if (status === 'official') return last.recognitionDate ?? last.admissionDecisionDate;
  return last.endedOn ?? today;
}

/** Columns that follow from the periods and cards. */
export function derivedColumns(periods: readonly PeriodRow[], cards: readonly CardRow[]) {
  return {
    firstAdmissionDate: periods[0].admissionDecisionDate,
    partyAgeSince: partyAgeSince(periods),
    cardNumber: cards[cards.length - 1]?.cardNumber ?? null,
  };
}

export interface RecordCheckInput {
  memberId?: string;
  dateOfBirth: string;
  citizenId: string | null;
  historyNumber: string | null;
  status: MemberStatus;
  statusSince: string;
  periods: PeriodRow[];
  cards: CardRow[];
}

/** Every rule of the record, then the numbers other records hold (the unique indexes stay the last word in a race). */
export async function assertRecordValid(
  members: MemberRepository,
  m: EntityManager,
  record: RecordCheckInput,
  today: string,
  lang: Language,
): Promise<void> {
  const details = checkRecord(record, await members.rules(m), today, lang);
  if (details.length > 0) throw invalidRecord(lang, details);
  if (record.citizenId !== null && (await members.citizenIdTaken(m, record.citizenId, record.memberId))) throw citizenIdTaken(lang);
  const taken = await members.takenCardNumbers(
    m,
    record.cards.map((c) => c.cardNumber),
    record.memberId,
  );
  if (taken.length > 0) {
    throw cardNumbersTaken(
      lang,
      record.cards.flatMap((c, i) => (taken.includes(c.cardNumber) ? [`cards[${i}].cardNumber`] : [])),
    );
  }
}

export function familyOf(family: readonly FamilyRelativeInput[] | undefined): FamilyRelativeDto[] {
  return (family ?? []).map((r) => ({ relation: r.relation, fullName: r.fullName, birthYear: r.birthYear ?? null, note: r.note ?? null }));
}
