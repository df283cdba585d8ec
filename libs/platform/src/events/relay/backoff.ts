/** Exponential backoff, jittered in the upper half: attempt 1 → ~initial, doubling up to max. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * A sleep that `wake()` (a NOTIFY, a stop) cuts short. A wake with nobody waiting is kept,
 * so a NOTIFY that lands between a query and the next wait is not lost.
 */
export class Waker {
  private pending?: () => void;
  private signalled = false;

  wait(ms: number): Promise<void> {
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.pending === done) this.pending = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending = done;
    });
  }

  wake(): void {
    if (this.pending) this.pending();
    else this.signalled = true;
  }
}
