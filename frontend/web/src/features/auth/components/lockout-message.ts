import { formatTime } from '../../../i18n/format';
import { fill, type Messages } from '../../../i18n/messages';

/** "Try again at 14:05 (in about 2 min)" from a 429's Retry-After, in Viet Nam's time. */
export function lockoutMessage(t: Messages, retryAfterSeconds: number, now: Date = new Date()): string {
  const until = new Date(now.getTime() + retryAfterSeconds * 1000);
  return fill(t.login.lockedUntil, { time: formatTime(until), minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
