import { addDays, dayOfWeek, type LocalDate } from '../local-date/local-date';
import { type CalendarData } from './calendar-data';
import { mergeCalendarData } from './merge-calendar-data';
import { VIETNAM_CALENDAR } from './vietnam-calendar.data';
import { CalendarDataError, CalendarNotCoveredError, WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar(VIETNAM_CALENDAR);

describe('WorkingDayCalendar over the Vietnamese calendar', () => {
  it('knows weekends, holidays, compensatory days and swapped working days', () => {
    expect(calendar.statusOf('2026-02-17')).toMatchObject({ working: false, reason: 'holiday' }); // mùng 1 Bính Ngọ
    expect(calendar.statusOf('2026-02-14')).toMatchObject({ working: false, reason: 'weekend' });
    expect(calendar.statusOf('2026-04-27')).toMatchObject({ working: false, reason: 'extra-day-off' }); // nghỉ bù Giỗ Tổ
    expect(calendar.statusOf('2026-01-10')).toMatchObject({ working: true, reason: 'swapped-working-day' });
    expect(calendar.statusOf('2026-02-23')).toEqual({ working: true, reason: 'weekday' });
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true); // Saturday làm bù
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false); // swapped Monday
  });

  it('keeps the Vietnamese (UTC+7) Tết of 2030, a day before the Chinese one', () => {
    expect(calendar.statusOf('2030-02-02').day?.name).toBe('Tết Nguyên đán Canh Tuất (mùng 1)');
  });

  it.each<[string, LocalDate, number, LocalDate]>([
    // Tết Giáp Thìn: 08/02–14/02/2024 off. Thursday 01/02 + 5 working days: 2,5,6,7 then 15/02.
    ['across Tết 2024', '2024-02-01', 5, '2024-02-15'],
    // Tết Ất Tỵ: 27/01–31/01/2025 off.
    ['across Tết 2025', '2025-01-24', 1, '2025-02-03'],
    // Tết Bính Ngọ: 16/02–20/02/2026 off.
    ['across Tết 2026', '2026-02-13', 1, '2026-02-23'],
    // 30/4–1/5/2024: Monday 29/4 swapped, Saturday 04/5 worked.
    ['onto a swapped Saturday', '2024-05-03', 1, '2024-05-04'],
    ['over a swapped Monday', '2024-04-26', 1, '2024-05-02'],
    // New Year 2026: Friday 02/01 off, Saturday 10/01 worked. Wednesday 31/12/2025 + 1 = Monday 05/01.
    ['over the 2026 New Year swap', '2025-12-31', 1, '2026-01-05'],
    ['counting the làm bù Saturday', '2026-01-09', 1, '2026-01-10'],
    // Giỗ Tổ 2026 on Sunday 26/4 → Monday 27/4 off; then 30/4, 1/5 off.
    ['over Giỗ Tổ and 30/4 in 2026', '2026-04-24', 3, '2026-05-04'],
    // Quốc khánh 2026: 31/8 (swapped), 1/9, 2/9 off; Saturday 22/8 worked.
    ['over Quốc khánh 2026', '2026-08-21', 2, '2026-08-24'],
    ['over Quốc khánh 2026 (2)', '2026-08-28', 1, '2026-09-03'],
    // Provisional 2027: Tết 05/02–09/02 with nghỉ bù 10/02, 11/02.
    ['across provisional Tết 2027', '2027-02-04', 1, '2027-02-12'],
  ])('addWorkingDays %s', (_label, from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it('does not count the event day: the deadline is the N-th working day after it', () => {
    // A decision received on Friday 06/3/2026: 30 working days, no holiday in between until 26/4.
    expect(calendar.deadline('2026-03-06', 30)).toBe('2026-04-17');
    // Received on a Saturday: the period still starts on the next working day.
    expect(calendar.deadline('2026-03-07', 1)).toBe('2026-03-09');
    expect(calendar.isLate('2026-03-06', 30, '2026-04-17')).toBe(false);
    expect(calendar.isLate('2026-03-06', 30, '2026-04-20')).toBe(true);
  });

  it('counts 30 working days across Tết 2026', () => {
    // From Sunday 01/02/2026: 10 working days 02/02–13/02, the Tết week off, then 20 more from 23/02 → 20/03
    // (a week later than the same count without Tết).
    expect(calendar.deadline('2026-02-01', 30)).toBe('2026-03-20');
    expect(calendar.workingDaysBetween('2026-02-01', '2026-03-20')).toBe(30);
    expect(calendar.deadline('2026-03-01', 30)).toBe('2026-04-10');
  });

  it('steps backwards with negative n', () => {
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-21', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-23', 0)).toBe('2026-02-23');
  });

  it('round-trips addWorkingDays and workingDaysBetween over the whole covered range', () => {
    let seed = 20260217;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    for (let i = 0; i < 500; i += 1) {
      const from = addDays('2024-01-01', random(2300));
      const n = 1 + random(120);
      const to = calendar.addWorkingDays(from, n);
      expect(calendar.isWorkingDay(to)).toBe(true);
      expect(calendar.workingDaysBetween(from, to)).toBe(n);
      expect(calendar.workingDaysBetween(to, from)).toBe(-n);
      if (calendar.isWorkingDay(from)) expect(calendar.addWorkingDays(to, -n)).toBe(from);
    }
  });

  it('agrees with a day-by-day count', () => {
    let count = 0;
    for (let d = '2025-12-31'; d < '2027-01-01'; d = addDays(d, 1)) {
      if (d > '2025-12-31' && calendar.isWorkingDay(d)) count += 1;
    }
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(count);
    // 2026: 261 weekdays − 12 weekdays off (1/1, 2/1, Tết ×5, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9 = 13) + 2 Saturdays.
    expect(count).toBe(261 - 13 + 2);
  });

  it('refuses dates outside the data instead of ignoring unknown holidays', () => {
    expect(() => calendar.isWorkingDay('2031-01-02')).toThrow(CalendarNotCoveredError);
    expect(() => calendar.addWorkingDays('2030-12-20', 30)).toThrow(CalendarNotCoveredError);
    expect(() => calendar.addWorkingDays('2024-01-05', -10)).toThrow(CalendarNotCoveredError);
    expect(() => calendar.deadline('2026-01-05', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(CalendarDataError);
  });

  it('every day in the data is on the right kind of day and has a source', () => {
    for (const d of VIETNAM_CALENDAR.swappedWorkingDays) expect([0, 6]).toContain(dayOfWeek(d.date));
    for (const d of VIETNAM_CALENDAR.extraDaysOff) expect([0, 6]).not.toContain(dayOfWeek(d.date));
    for (const d of [...VIETNAM_CALENDAR.holidays, ...VIETNAM_CALENDAR.extraDaysOff]) {
      expect(d.source.document.length).toBeGreaterThan(5);
      expect(d.provisional === true).toBe(d.date >= '2027-01-01');
    }
  });
});

describe('calendar data validation', () => {
  const base: CalendarData = { ...VIETNAM_CALENDAR };
  const source = { document: 'test' };

  it.each<[string, Partial<CalendarData>]>([
    ['a swapped working day on a weekday', { swappedWorkingDays: [{ date: '2026-03-04', name: 'x', source }] }],
    ['an extra day off on a weekend', { extraDaysOff: [{ date: '2026-03-07', name: 'x', source, kind: 'khac' }] }],
    ['a date listed twice', { holidays: [...base.holidays, { date: '2026-01-01', name: 'again', source }] }],
    ['a date outside coverage', { holidays: [{ date: '2031-01-01', name: 'x', source }] }],
    ['a day without a source', { holidays: [{ date: '2026-01-01', name: 'x', source: { document: ' ' } }] }],
    ['reversed coverage', { coverage: { firstDay: '2027-01-01', lastDay: '2026-01-01' } }],
  ])('rejects %s', (_label, change) => {
    expect(() => new WorkingDayCalendar({ ...base, ...change })).toThrow(CalendarDataError);
  });
});

describe('mergeCalendarData', () => {
  const source = { document: 'Quyết định của cấp ủy (test)' };

  it('lets stored overrides replace, add and remove days', () => {
    const merged = new WorkingDayCalendar(
      mergeCalendarData(VIETNAM_CALENDAR, {
        days: [
          { date: '2027-02-10', status: 'default', name: 'Lịch chính thức khác', source }, // drop provisional nghỉ bù
          { date: '2027-02-20', status: 'working-day', name: 'Làm bù', source },
          { date: '2026-03-09', status: 'day-off', name: 'Nghỉ đột xuất', source },
          { date: '2031-01-01', status: 'holiday', name: 'Tết Dương lịch', source },
        ],
        coverage: { lastDay: '2031-01-31' },
      }),
    );
    expect(merged.isWorkingDay('2027-02-10')).toBe(true);
    expect(merged.isWorkingDay('2027-02-20')).toBe(true);
    expect(merged.statusOf('2026-03-09')).toMatchObject({ working: false, reason: 'extra-day-off', day: { kind: 'khac' } });
    expect(merged.isWorkingDay('2031-01-01')).toBe(false);
    expect(merged.addWorkingDays('2030-12-31', 1)).toBe('2031-01-02');
    // The base calendar is untouched.
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false);
  });

  it('rejects two overrides for one date', () => {
    const day = { date: '2026-03-09', status: 'day-off' as const, name: 'x', source };
    expect(() => mergeCalendarData(VIETNAM_CALENDAR, { days: [day, day] })).toThrow(/twice/);
  });
});
