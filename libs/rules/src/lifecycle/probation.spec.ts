import { VIETNAM_CALENDAR } from '../calendar/vietnam-calendar.data';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RECOGNITION_CONSIDERATION_DEADLINE } from '../member-rules/admission.rules';
import { RuleNotInForceError, RuleTable } from '../rule-table/rule-table';
import { checkCeremony } from './ceremony';
import { recognitionOutcome, recognitionSchedule, recognitionVoteState } from './probation';

const calendar = new WorkingDayCalendar(VIETNAM_CALENDAR);

describe('recognitionSchedule', () => {
  it('is due exactly 12 months after the start of probation (the ceremony), considered within 30 working days', () => {
    // Due on mùng 1 Tết Bính Ngọ; the 30 working days start after the Tết week: 23/02 … 03/04/2026.
    const schedule = recognitionSchedule('2025-02-17', calendar);
    expect(schedule.dueDate).toBe('2026-02-17');
    expect(schedule.considerBy).toBe('2026-04-03');
    expect(schedule.sources.consideration.document).toMatch(/294-QĐ\/TW/);
  });

  it('ends a probation started on 29/02 on 28/02 and skips Giỗ Tổ in the count', () => {
    const schedule = recognitionSchedule('2024-02-29', calendar);
    expect(schedule.dueDate).toBe('2025-02-28');
    expect(schedule.considerBy).toBe('2025-04-14'); // 07/04/2025 (Giỗ Tổ) is not counted
  });

  it('ends a probation started on the 31st on the last day of a shorter month', () => {
    expect(recognitionSchedule('2025-03-31', calendar).dueDate).toBe('2026-03-31');
    expect(recognitionSchedule('2024-12-31', calendar).dueDate).toBe('2025-12-31');
  });

  it('keeps the due date when recognition is approved late', () => {
    const schedule = recognitionSchedule('2025-02-17', calendar);
    expect(recognitionOutcome(schedule, '2026-05-10')).toEqual({ officialFrom: '2026-02-17', consideredLate: true });
    expect(recognitionOutcome(schedule, '2026-04-03')).toEqual({ officialFrom: '2026-02-17', consideredLate: false });
    expect(recognitionOutcome(schedule, '2026-02-17').officialFrom).toBe('2026-02-17');
    expect(() => recognitionOutcome(schedule, '2026-02-16')).toThrow(RangeError);
  });

  it('refuses admission dates before the encoded probation rule', () => {
    expect(() => recognitionSchedule('2005-06-01', calendar)).toThrow(RuleNotInForceError);
  });
});

describe('recognitionSchedule: dates or a note', () => {
  it('skips the Tết week in the 30 working days: due 29/01/2026, considered by 19/03/2026 (12/03 without Tết)', () => {
    expect(recognitionSchedule('2025-01-29', calendar)).toMatchObject({ dueDate: '2026-01-29', considerBy: '2026-03-19', considerByNote: null });
  });

  it('counts the làm bù Saturday 10/01/2026 as a working day: due 08/01/2026, considered by 25/02/2026', () => {
    expect(calendar.statusOf('2026-01-10').reason).toBe('swapped-working-day');
    // 09/01 (1), Saturday 10/01 (2), 12/01 … 13/02 (27), Tết 16–20/02 skipped, 23–25/02 (30); 26/02 without the Saturday.
    expect(recognitionSchedule('2025-01-08', calendar)).toMatchObject({ dueDate: '2026-01-08', considerBy: '2026-02-25' });
  });

  it('answers a note instead of throwing when the calendar does not cover the 30 working days', () => {
    const schedule = recognitionSchedule('2029-12-20', calendar);
    expect(schedule).toMatchObject({ dueDate: '2030-12-20', considerBy: null });
    expect(schedule.considerByNote).toBe('Lịch ngày làm việc chỉ có dữ liệu 01/01/2024 … 31/12/2030: không tính được hạn này (calendar not covered)');
    expect(recognitionOutcome(schedule, '2031-03-01')).toEqual({ officialFrom: '2030-12-20', consideredLate: false });
  });

  it('picks the probation length in force at the start of probation (the ceremony), not at the decision', () => {
    // A made-up change of length on 01/7/2025: the decision falls under the old version, the ceremony under the new.
    const source = (document: string) => ({ document });
    const probation = new RuleTable<{ months: number }>('probation-length', [
      { effectiveFrom: '2016-07-25', effectiveTo: '2025-07-01', source: source('cũ'), value: { months: 12 } },
      { effectiveFrom: '2025-07-01', source: source('mới'), value: { months: 6 } },
    ]);
    const rules = { probation, consideration: RECOGNITION_CONSIDERATION_DEADLINE };
    const fromCeremony = recognitionSchedule('2025-07-15', calendar, rules);
    expect(fromCeremony).toMatchObject({ probationMonths: 6, dueDate: '2026-01-15', sources: { probation: { document: 'mới' } } });
    // While no ceremony is recorded the decision (20/06/2025) stands in for it: the old version, an estimate.
    expect(recognitionSchedule('2025-06-20', calendar, rules)).toMatchObject({ probationMonths: 12, dueDate: '2026-06-20', sources: { probation: { document: 'cũ' } } });
  });

  it('with the real tables, a ceremony just after the Điều lệ 2011 boundary still has no consideration rule (before 2016)', () => {
    expect(() => recognitionSchedule('2011-01-25', calendar)).toThrow(expect.objectContaining({ table: 'recognition-consideration-deadline' }) as Error);
  });
});

describe('recognitionVoteState', () => {
  it('passes at two thirds and escalates after three failed votes', () => {
    expect(recognitionVoteState([{ inFavour: 6, eligible: 9 }], '2026-03-01')).toBe('recognised');
    expect(recognitionVoteState([{ inFavour: 5, eligible: 9 }], '2026-03-01')).toBe('vote-again');
    const failed = { inFavour: 5, eligible: 9 };
    expect(recognitionVoteState([failed, failed], '2026-03-01')).toBe('vote-again');
    expect(recognitionVoteState([failed, failed, failed], '2026-03-01')).toBe('escalate');
    expect(recognitionVoteState([failed, failed, { inFavour: 7, eligible: 10 }], '2026-03-01')).toBe('recognised');
  });

  it('rejects impossible counts', () => {
    expect(() => recognitionVoteState([{ inFavour: 10, eligible: 9 }], '2026-03-01')).toThrow(RangeError);
    expect(() => recognitionVoteState([{ inFavour: 1, eligible: 0 }], '2026-03-01')).toThrow(RangeError);
    expect(() => recognitionVoteState([{ inFavour: 1.5, eligible: 3 }], '2026-03-01')).toThrow(RangeError);
  });
});

describe('checkCeremony', () => {
  it('counts 30 working days from the day after receipt, with the làm bù Saturday and Tết', () => {
    // 06/01 … 09/01 (4) + Saturday 10/01 worked (5) + 5 weeks → Friday 13/02/2026, before the Tết break.
    expect(checkCeremony('2026-01-05', calendar, { today: '2026-01-20' })).toMatchObject({ deadline: '2026-02-13', late: false });
    expect(checkCeremony('2026-01-05', calendar, { heldOn: '2026-02-13' }).late).toBe(false);
    expect(checkCeremony('2026-01-05', calendar, { heldOn: '2026-02-23' }).late).toBe(true);
    expect(checkCeremony('2026-01-05', calendar, { today: '2026-02-14' }).late).toBe(true);
  });

  it('rejects a ceremony before the decision was received', () => {
    expect(() => checkCeremony('2026-01-05', calendar, { heldOn: '2026-01-04' })).toThrow(RangeError);
  });
});
