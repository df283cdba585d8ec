import type { CalendarOverrideDto } from '@lienthong/contracts';
import type { Logger } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import type { CalendarOverrideRepository } from './calendar-override.repository';
import { CALENDAR_REFRESH_MS, CalendarProvider, currentCalendar } from './calendar-provider';
import { baseCalendar } from './effective-calendar';

const actor = { type: 'system' as const, id: 'test', name: 'Kiểm thử' };
const dayOff = (date: string, version = 1): CalendarOverrideDto => ({
  date,
  kind: 'day-off',
  nameVi: 'Nghỉ',
  source: 'Thông báo kiểm thử',
  createdBy: actor,
  createdAt: '2026-08-01T00:00:00.000Z',
  updatedBy: actor,
  updatedAt: `2026-08-01T00:00:0${version}.000Z`,
  version,
});

/** The table as another replica changes it: `rows` is what the next read answers. */
function table() {
  const state = { rows: [] as CalendarOverrideDto[], reads: 0, hold: undefined as Promise<void> | undefined };
  const repo = {
    list: async () => {
      state.reads += 1;
      const answer = [...state.rows];
      if (state.hold) await state.hold;
      return answer;
    },
  } as unknown as CalendarOverrideRepository;
  const logger = { warn: jest.fn() } as unknown as Logger;
  const provider = new CalendarProvider({ manager: {} } as DataSource, repo, logger);
  return { state, provider };
}

describe('CalendarProvider', () => {
  afterEach(() => jest.useRealTimers());

  it('re-reads the overrides every CALENDAR_REFRESH_MS and serves the rebuilt calendar to the deadline code', async () => {
    jest.useFakeTimers();
    const { state, provider } = table();
    await provider.onModuleInit();
    expect(currentCalendar()).toBe(baseCalendar());
    state.rows = [dayOff('2026-09-14')];
    await jest.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS - 1);
    expect(currentCalendar().deadline('2026-08-10', 30)).toBe('2026-09-23');
    await jest.advanceTimersByTimeAsync(1);
    expect(state.reads).toBe(2);
    expect(currentCalendar().deadline('2026-08-10', 30)).toBe('2026-09-24');
    const built = currentCalendar();
    await jest.advanceTimersByTimeAsync(CALENDAR_REFRESH_MS);
    expect(currentCalendar()).toBe(built); // nothing changed: not rebuilt
    provider.onModuleDestroy();
    expect(currentCalendar()).toBe(baseCalendar());
  });

  it('never lets an older read that finishes last replace a newer calendar', async () => {
    const { state, provider } = table();
    await provider.onModuleInit();
    let release!: () => void;
    state.hold = new Promise((resolve) => (release = resolve));
    const slow = provider.refresh(); // reads the table before the change…
    state.hold = undefined;
    state.rows = [dayOff('2026-09-14')];
    await provider.refresh(); // …this one after it, and finishes first
    release();
    await slow;
    expect(provider.current().deadline('2026-08-10', 30)).toBe('2026-09-24');
    provider.onModuleDestroy();
  });
});
