import type { CalendarOverrideDto, CalendarOverrideKind } from '@lienthong/contracts';
import { asRulesOverride, baseCalendar, effectiveCalendar } from './effective-calendar';

const actor = { type: 'system' as const, id: 'test', name: 'Kiểm thử' };
const override = (date: string, kind: CalendarOverrideKind, nameVi = 'Điều chỉnh'): CalendarOverrideDto => ({
  date,
  kind,
  nameVi,
  source: 'Thông báo kiểm thử',
  createdBy: actor,
  createdAt: '2026-08-01T00:00:00.000Z',
  updatedBy: actor,
  updatedAt: '2026-08-01T00:00:00.000Z',
  version: 1,
});

describe('effective calendar (base data merged with the overrides)', () => {
  // Within 30 working days of 10/08/2026: 1–2/9 are holidays, 31/8 swapped with Saturday 22/8.
  const base = baseCalendar().deadline('2026-08-10', 30);

  it('is the base calendar itself without overrides', () => {
    expect(effectiveCalendar([])).toBe(baseCalendar());
    expect(base).toBe('2026-09-23');
  });

  it('moves a deadline by a weekday off, a Saturday worked, and a base holiday worked', () => {
    expect(effectiveCalendar([override('2026-09-14', 'day-off')]).deadline('2026-08-10', 30)).toBe('2026-09-24');
    expect(effectiveCalendar([override('2026-09-19', 'working-day')]).deadline('2026-08-10', 30)).toBe('2026-09-22');
    expect(effectiveCalendar([override('2026-09-02', 'working-day')]).deadline('2026-08-10', 30)).toBe('2026-09-22');
    expect(effectiveCalendar([override('2026-09-02', 'default')]).statusOf('2026-09-02')).toEqual({ working: true, reason: 'weekday' });
  });

  it('takes a holiday override on a base holiday as a new name, and a redundant override as the weekly rule', () => {
    const renamed = effectiveCalendar([override('2026-09-02', 'holiday', 'Quốc khánh (đổi tên)')]).statusOf('2026-09-02');
    expect(renamed).toMatchObject({ working: false, reason: 'holiday', day: { name: 'Quốc khánh (đổi tên)', source: { document: 'Thông báo kiểm thử' } } });
    expect(asRulesOverride(override('2026-09-15', 'working-day')).status).toBe('default');
    expect(asRulesOverride(override('2026-09-19', 'day-off')).status).toBe('default');
    expect(asRulesOverride(override('2026-09-14', 'day-off'))).toMatchObject({ status: 'day-off', kind: 'khac' });
    expect(effectiveCalendar([override('2026-09-15', 'working-day'), override('2026-09-19', 'day-off')]).deadline('2026-08-10', 30)).toBe(base);
  });

  it('leaves out a row outside the coverage rather than stopping every deadline', () => {
    expect(effectiveCalendar([override('2031-01-02', 'holiday')]).deadline('2026-08-10', 30)).toBe(base);
  });
});
