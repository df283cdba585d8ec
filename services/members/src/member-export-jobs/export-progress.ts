/**
 * An export's progress as the job writes it: the rows written so far, saved at most once per
 * interval (a page of 2 000 rows takes tens of milliseconds: one UPDATE each would be waste); the
 * final count is saved with the outcome.
 */
export class ExportProgress {
  private lastSavedAt: number | undefined;

  constructor(
    private readonly save: (rows: number) => Promise<void>,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async report(rows: number): Promise<void> {
    const at = this.now();
    if (this.lastSavedAt !== undefined && at - this.lastSavedAt < this.intervalMs) return;
    this.lastSavedAt = at;
    await this.save(rows);
  }
}
