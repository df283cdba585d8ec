import { randomBytes } from 'node:crypto';

let lastNow = -1; // the last `now` asked for
let lastMs = -1; // the time written into the last id (ahead of lastNow after a borrow)
let sequence = 0;

/**
 * UUID v7 (RFC 9562): time-ordered, so new rows land at the end of the primary-key index.
 * Monotonic within a process (RFC 9562 §6.2, method 1): ids made in the same millisecond
 * carry a 12-bit counter in `rand_a`, so "newest first by id" keeps creation order even for
 * two rows created in one millisecond. An explicit earlier `now` (a backfill, a purge floor)
 * is written as given.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  let ms: number;
  if (now >= lastNow && now <= lastMs) {
    // Same millisecond (or one we already borrowed): count up; past 4,096, borrow the next one.
    ms = lastMs;
    sequence += 1;
    if (sequence > 0xfff) {
      ms += 1;
      sequence = 0;
    }
  } else {
    ms = now;
    sequence = bytes[6] & 0x07; // a random start leaves room to count up
  }
  if (now >= lastNow) {
    lastNow = now;
    lastMs = ms;
  }
  const time = BigInt(ms);
  for (let i = 0; i < 6; i++) bytes[i] = Number((time >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
