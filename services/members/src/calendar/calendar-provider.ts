import type { CalendarOverrideDto } from '@lienthong/contracts';
import { DATA_SOURCE, LOGGER, type Logger } from '@lienthong/platform';
import type { WorkingDayCalendar } from '@lienthong/rules';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CalendarOverrideRepository } from './calendar-override.repository';
import { baseCalendar, effectiveCalendar } from './effective-calendar';

/** How often each replica reads the overrides again, so that a change made on another replica is seen. */
export const CALENDAR_REFRESH_MS = 60_000;

let active: CalendarProvider | undefined;

function setActive(provider: CalendarProvider | undefined): void {
  active = provider;
}

/**
 * The effective calendar for code that computes deadlines synchronously (lifecycle rules, transfer
 * deadlines): the running provider's, or the base data where no provider runs (pure unit tests).
 */
export function currentCalendar(): WorkingDayCalendar {
  return active?.current() ?? baseCalendar();
}

/** The effective calendar read afresh from the database first (a daily job: never a minute stale). */
export async function freshCalendar(): Promise<WorkingDayCalendar> {
  return active ? active.refresh() : baseCalendar();
}

/**
 * The working-day calendar in force: VIETNAM_CALENDAR (libs/rules) merged with the rows of
 * `calendar_override`. Built at boot, rebuilt at once after a change made here, and re-read every
 * CALENDAR_REFRESH_MS (rebuilt only when a row changed) so that replicas converge.
 */
@Injectable()
export class CalendarProvider implements OnModuleInit, OnModuleDestroy {
  private calendar: WorkingDayCalendar = baseCalendar();
  private overrides: CalendarOverrideDto[] = [];
  private fingerprint = '';
  private reads = 0;
  private applied = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CalendarOverrideRepository) private readonly rows: CalendarOverrideRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    setActive(this);
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn('Calendar: the overrides could not be read again', { error: error instanceof Error ? error.message : String(error) }));
    }, CALENDAR_REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    if (active === this) setActive(undefined);
  }

  current(): WorkingDayCalendar {
    return this.calendar;
  }

  /** The overrides the current calendar was built from, by date. */
  currentOverrides(): readonly CalendarOverrideDto[] {
    return this.overrides;
  }

  /**
   * Reads the overrides; rebuilds the calendar when one was added, changed or removed. A read that
   * started before another one finished later never replaces the newer answer (the timer's read racing
   * the one after a change).
   */
  async refresh(): Promise<WorkingDayCalendar> {
    const started = ++this.reads;
    const rows = await this.rows.list(this.dataSource.manager);
    if (started < this.applied) return this.calendar;
    this.applied = started;
    const fingerprint = rows.map((r) => `${r.date}/${r.version}/${r.updatedAt}`).join(',');
    if (fingerprint !== this.fingerprint) {
      this.calendar = effectiveCalendar(rows);
      this.overrides = rows;
      this.fingerprint = fingerprint;
    }
    return this.calendar;
  }
}
