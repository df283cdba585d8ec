import {
  addDays,
  addMonths,
  checkCeremony,
  nextAwardOccasion,
  recognitionSchedule,
  ADMISSION_CEREMONY_DEADLINE,
  type WorkingDayCalendar,
} from '@lienthong/rules';
import type { EntityManager } from 'typeorm';
import { findBadgeCandidates } from '../badges/badge-candidate-finder';
import type { BadgeKeyset } from '../badges/badge-candidate.queries';

/** A row of the day's set, before it is written (one INSERT … SELECT from JSON for all of them). */
export interface DueItemDraft {
  kind: 'recognition' | 'ceremony' | 'badge';
  item_key: string;
  member_id: string;
  due_on: string;
  detail: Record<string, string | number | null>;
  rule: string;
}

interface ProbationRow {
  member_id: string;
  decision_date: string;
  ceremony_date: string | null;
}

// Probationary members on their last admission period, not yet recognised. A small set (≈ one year of
// admissions); the working-day deadlines need the calendar, so they are computed here.
const PROBATION_SQL = `
  SELECT m.id AS member_id, p.admission_decision_date::text AS decision_date, p.ceremony_date::text AS ceremony_date
    FROM party_member m
    JOIN LATERAL (SELECT * FROM member_period x WHERE x.member_id = m.id ORDER BY x.seq DESC LIMIT 1) p ON TRUE
   WHERE m.status = 'probationary' AND p.recognition_date IS NULL AND p.ended_on IS NULL`;

/**
 * Recognition (members.md §4.1): due 12 months after the ceremony (Điều lệ Điều 5.1; the decision date
 * as an estimate while no ceremony is recorded), to be considered within 30 working
 * days; listed from the month before it falls due until it is recorded (overdue ones stay, in red).
 * Ceremony: within 30 working days of the decision (the day it was received is not recorded: the
 * decision date stands for it), listed until held.
 */
export async function probationItems(m: EntityManager, calendar: WorkingDayCalendar, today: string, until: string): Promise<DueItemDraft[]> {
  const rows: ProbationRow[] = await m.query(PROBATION_SQL);
  const items: DueItemDraft[] = [];
  for (const row of rows) {
    if (!covered(calendar, row.decision_date)) continue;
    const probationStart = row.ceremony_date ?? row.decision_date;
    // The probation's length is the rule's in force at its start (versioned data), not a constant here.
    const schedule = recognitionSchedule(probationStart, calendar);
    if (schedule.dueDate <= until) {
      // A ceremony held long after the decision can push the span past the calendar: no date to list.
      if (schedule.considerBy !== null) {
        items.push({
          kind: 'recognition',
          item_key: `${row.member_id}:${row.decision_date}`,
          member_id: row.member_id,
          due_on: schedule.considerBy,
          // ceremonyDate null: no ceremony recorded yet, the due date is an estimate from the decision.
          detail: { dueDate: schedule.dueDate, decisionDate: row.decision_date, ceremonyDate: row.ceremony_date },
          rule: ruleText(schedule.sources.consideration),
        });
      }
    }
    if (row.ceremony_date === null) {
      const check = checkCeremony(row.decision_date, calendar, { today });
      if (check.deadline <= until) {
        items.push({
          kind: 'ceremony',
          item_key: `${row.member_id}:${row.decision_date}`,
          member_id: row.member_id,
          due_on: check.deadline,
          detail: { decisionDate: row.decision_date },
          rule: ruleText(ADMISSION_CEREMONY_DEADLINE.requireAt(row.decision_date).source),
        });
      }
    }
  }
  return items;
}

/**
 * Badges to give at the next award occasion (eligible members only; delayed ones are not due), a page of
 * the register at a time: a whole country's register never sits in memory at once.
 */
export async function* badgeItemPages(m: EntityManager, today: string): AsyncGenerator<DueItemDraft[]> {
  const occasion = nextAwardOccasion(addDays(today, 1));
  let after: BadgeKeyset | undefined;
  do {
    const found = await findBadgeCandidates(m, { path: null, occasion: occasion.date }, after, 1_000, 'vi', 20_000);
    yield found.items
      .filter((c) => c.decision === 'eligible')
      .map((c) => ({
        kind: 'badge' as const,
        item_key: `${c.memberId}:${c.milestone}`,
        member_id: c.memberId,
        due_on: occasion.date,
        detail: { milestone: c.milestone, basis: c.basis, reachDate: c.reachDate, occasion: occasion.name },
        rule: [c.source.document, c.source.article].filter(Boolean).join(', '),
      }));
    after = found.next ?? undefined;
  } while (after);
}

/** Decisions outside the calendar's years (2024–2030) have no working-day deadline to compute: left out. */
function covered(calendar: WorkingDayCalendar, date: string): boolean {
  return date >= calendar.coverage.firstDay && addMonths(date, 14) <= calendar.coverage.lastDay;
}

function ruleText(source: { document: string; article?: string }): string {
  return [source.document, source.article].filter(Boolean).join(', ');
}
