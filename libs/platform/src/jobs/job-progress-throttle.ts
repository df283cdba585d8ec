import type { JobProgress } from './job-definition';

/**
 * Keeps the latest progress report and writes it at most once per interval, one write at a
 * time; `drain` hands back what was never written so the final status update can carry it.
 */
export class JobProgressThrottle {
  private latest: JobProgress = {};
  private dirty = false;
  private lastWriteAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly intervalMs: number,
    private readonly write: (progress: JobProgress) => Promise<void>,
  ) {}

  report(progress: JobProgress): void {
    if (this.closed) return;
    this.latest = { ...this.latest, ...progress };
    this.dirty = true;
    if (this.timer) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Stops writing; resolves with the unwritten latest report, if any. */
  async drain(): Promise<JobProgress | undefined> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
    return this.dirty ? this.latest : undefined;
  }

  private flush(): void {
    this.timer = undefined;
    if (this.closed || !this.dirty) return;
    const snapshot = this.latest;
    this.dirty = false;
    this.lastWriteAt = Date.now();
    this.inFlight = this.inFlight.then(() => this.write(snapshot)).catch(() => {
      this.dirty = true;
    });
  }
}
