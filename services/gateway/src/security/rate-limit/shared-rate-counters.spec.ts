import type { Logger } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { resolveRateLimit } from './rate-limit.settings';
import { SharedRateCounters } from './shared-rate-counters';

/** A stand-in for PostgreSQL's counter table: adds what it is sent, answers the totals (or fails on demand). */
class FakeCounterTable {
  readonly totals = new Map<string, number>();
  statements = 0;
  failNext = false;

  readonly dataSource = {
    query: (sql: string, params: [string[], number[], number[]]) => {
      if (sql.startsWith('DELETE')) return Promise.resolve([]);
      this.statements += 1;
      if (this.failNext) {
        this.failNext = false;
        return Promise.reject(new Error('connection terminated'));
      }
      const [keys, windows, hits] = params;
      return Promise.resolve(
        keys.map((key, i) => {
          const id = `${key}@${windows[i]}`;
          this.totals.set(id, (this.totals.get(id) ?? 0) + (hits[i] ?? 0));
          return { key: id, hits: this.totals.get(id) };
        }),
      );
    },
  } as unknown as DataSource;
}

const logger = { warn: jest.fn() } as unknown as Logger;

describe('SharedRateCounters', () => {
  let now: number;
  let table: FakeCounterTable;
  const settings = resolveRateLimit({ perSubject: 3, windowSeconds: 60, syncIntervalMs: 1_000_000 });
  const counters = () => new SharedRateCounters(table.dataSource, settings, logger, () => now);

  beforeEach(() => {
    now = Date.UTC(2026, 10, 25, 10, 0, 15); // 15 s into a window
    table = new FakeCounterTable();
  });

  it('allows up to the limit in a window, refuses the next with the seconds left in it, and does not count refusals', async () => {
    const c = counters();
    expect([1, 2, 3].map(() => c.hit('s:u', 3).allowed)).toEqual([true, true, true]);
    expect(c.hit('s:u', 3)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(c.hit('s:u', 3).allowed).toBe(false);
    await c.sync();
    expect([...table.totals.values()]).toEqual([3]);
  });

  it('starts over in the next window', () => {
    const c = counters();
    [1, 2, 3].forEach(() => c.hit('s:u', 3));
    now += 45_000;
    expect(c.hit('s:u', 3)).toEqual({ allowed: true, retryAfterSeconds: 60 });
  });

  it('sends every key’s pending hits in one statement per sync, nothing when idle', async () => {
    const c = counters();
    c.hit('s:a', 3);
    c.hit('s:b', 3);
    c.hit('a:10.0.0.1', 3);
    await c.sync();
    await c.sync();
    expect(table.statements).toBe(1);
  });

  it('decides on local counts while PostgreSQL fails, and sends them once it is back', async () => {
    const c = counters();
    c.hit('s:u', 3);
    table.failNext = true;
    await c.sync();
    expect(logger.warn).toHaveBeenCalled();
    expect(c.hit('s:u', 3).allowed).toBe(true);
    await c.sync();
    expect([...table.totals.values()]).toEqual([2]);
    expect(c.hit('s:u', 3).allowed).toBe(true);
    expect(c.hit('s:u', 3).allowed).toBe(false);
  });
});
