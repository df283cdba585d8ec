import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How much slower than a quiet developer machine this run may be: `LT_TEST_TIME_SCALE` (default 1;
 * e.g. 4 on a machine with a load average of 18 on 2 cores). Every test timeout and every wait
 * ceiling is multiplied by it, so a slow machine makes tests slower, never red. It never shortens
 * anything (values below 1 are read as 1) and never changes what a test asserts.
 */
export const TEST_TIME_SCALE = readScale(process.env['LT_TEST_TIME_SCALE']);

function readScale(raw: string | undefined): number {
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value > 1 ? value : 1;
}

/** `ms` scaled by TEST_TIME_SCALE: for test timeouts and wait ceilings (never for the waits a test measures). */
export function scaledMs(ms: number): number {
  return Math.round(ms * TEST_TIME_SCALE);
}

/**
 * Polls `check` until it is true. The ceiling (scaled) is only there so that a broken system
 * fails with a message instead of hanging: keep it generous — a passing run never waits for it.
 */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ceilingMs = 60_000, intervalMs = 20): Promise<void> {
  const deadline = Date.now() + scaledMs(ceilingMs);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${scaledMs(ceilingMs)} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}
