import type { ErrorDetail } from '@lienthong/contracts';
import { checkTemporaryDuration, computeTransferDeadlines, fieldDetail } from './transfer-deadlines';

const field = fieldDetail('vi');
const codes = (errors: ErrorDetail[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('transfer deadlines (294-QĐ/TW 6.3.1 on the working-day calendar)', () => {
  it('skips the Tết Bính Ngọ holidays (16–20/02/2026) when counting 30 working days from the letter', () => {
    const d = computeTransferDeadlines('2026-02-02', '2026-02-06', field);
    if (Array.isArray(d)) throw new Error(JSON.stringify(d));
    // 06/02 (Fri) +30: 09–13/02 (5), Tết week 0, then four weeks to 20/03 (25), 23–27/03 (30) → Friday 27/03 (20/03 without Tết).
    expect(d.confirmDeadline).toBe('2026-03-27');
  });

  it('counts the swapped Saturday 10/01/2026 as a working day and 02/01/2026 as a day off', () => {
    const d = computeTransferDeadlines('2025-12-31', '2025-12-31', field);
    if (Array.isArray(d)) throw new Error(JSON.stringify(d));
    // 31/12/2025 +30: 01/01 holiday, 02/01 off, 05–09/01 (5), Sat 10/01 (6), 12/01–06/02 (26), 09–12/02 (30) → Thursday 12/02.
    expect(d.confirmDeadline).toBe('2026-02-12');
    expect(d.startLate).toBe(false);
  });

  it('flags a letter dated after the 60-working-day start deadline, and names the rule of each date', () => {
    const d = computeTransferDeadlines('2025-12-31', '2026-04-03', field);
    if (Array.isArray(d)) throw new Error(JSON.stringify(d));
    expect(d.startDeadline).toBe('2026-04-02');
    expect(d.startLate).toBe(true);
    expect(d.rules.map((r) => `${r.rule}:${r.workingDays}:${r.article}`)).toEqual(['transfer-start-deadline:60:điểm 6.3.1', 'transfer-present-deadline:30:điểm 6.3.1']);
  });

  it('refuses dates before the rule took effect and a letter before the move, and a date past the calendar', () => {
    expect(codes(computeTransferDeadlines('2025-06-30', '2025-07-01', field) as ErrorDetail[])).toEqual(['movedOn:ruleNotInForce']);
    expect(codes(computeTransferDeadlines('2026-03-02', '2026-03-01', field) as ErrorDetail[])).toEqual(['letterDate:beforeMove']);
    expect(codes(computeTransferDeadlines('2030-12-20', '2030-12-24', field) as ErrorDetail[])).toEqual(['letterDate:calendarNotCovered']);
  });
});

describe('temporary transfer durations (29-QĐ/TW)', () => {
  it.each([
    ['residence-or-work', '2026-03-01', '2026-05-31', ['temporaryUntil:tooShort']],
    ['residence-or-work', '2026-03-01', '2026-06-01', []],
    ['residence-or-work', '2026-03-01', '2027-02-28', []],
    ['residence-or-work', '2026-03-01', '2027-03-01', ['temporaryUntil:tooLong']],
    ['domestic-study', '2026-03-01', '2028-03-01', []],
    ['domestic-study', '2026-03-01', '2028-03-02', ['temporaryUntil:tooLong']],
    ['domestic-study', '2026-03-01', '2026-03-01', ['temporaryUntil:beforeFrom']],
  ] as const)('%s from %s until %s', (reason, from, until, expected) => {
    expect(codes(checkTemporaryDuration(reason, from, until, field).errors)).toEqual(expected);
  });

  it('writes its refusal in Vietnamese with the regulation named', () => {
    const [error] = checkTemporaryDuration('residence-or-work', '2026-03-01', '2027-03-01', field).errors;
    expect(error.message).toBe('temporaryUntil: tạm chuyển sinh hoạt từ 3 tháng đến dưới 12 tháng (Quy định 29-QĐ/TW ngày 25/7/2016)');
  });
});
