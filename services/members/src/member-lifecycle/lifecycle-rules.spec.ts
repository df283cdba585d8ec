import { ceremonyDates, deadlineOrNote, recognitionDates } from './lifecycle-rules';

describe('lifecycle rules', () => {
  it('counts probation from the ceremony (Điều lệ Điều 5.1), and from the decision only as an estimate', () => {
    expect(recognitionDates({ admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-15' })).toMatchObject({
      basis: { kind: 'ceremony', date: '2025-09-15' },
      dueDate: '2026-09-15',
      considerBy: '2026-10-27',
      probationRule: { table: 'probation-length', article: 'Điều 5 khoản 1' },
    });
    expect(recognitionDates({ admissionDecisionDate: '2025-09-01', ceremonyDate: null })).toMatchObject({ basis: { kind: 'decision' }, dueDate: '2026-09-01' });
  });

  it('skips five Tết working days: 30 working days from 26/01/2026 end on 16/03/2026', () => {
    expect(ceremonyDates('2026-01-26')).toMatchObject({ deadline: '2026-03-16', rule: { table: 'admission-ceremony-deadline' } });
  });

  it('answers no date (with a note) where the calendar has no holidays, and nothing before a rule was in force', () => {
    expect(deadlineOrNote('2019-05-02', 30)).toEqual({ date: null, note: expect.stringContaining('chỉ có dữ liệu 01/01/2024 …') as string });
    expect(recognitionDates({ admissionDecisionDate: '2005-03-01', ceremonyDate: '2005-03-20' })).toBeNull();
    // Probation is read at the ceremony (Điều lệ 2011 in force), but no consideration deadline is encoded before 2016.
    expect(recognitionDates({ admissionDecisionDate: '2010-12-20', ceremonyDate: '2011-01-25' })).toBeNull();
    expect(ceremonyDates('2015-01-05')).toBeNull();
  });
});
