// Dates as dd/mm/yyyy, times for Asia/Ho_Chi_Minh whatever the browser's zone, VND with thousands
// separators (DESIGN.md: party dates are YYYY-MM-DD strings, instants ISO-8601 UTC, money integer VND).
import type { Language } from './messages';

const ZONE = 'Asia/Ho_Chi_Minh';
const PARTY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A party date `YYYY-MM-DD` as `dd/mm/yyyy`; no time zone is involved, so none is applied. */
export function formatPartyDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = PARTY_DATE.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** An instant as `dd/mm/yyyy HH:mm` in Viet Nam's time. */
export function formatInstant(value: string | Date, withSeconds = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const time = `${parts['hour']}:${parts['minute']}${withSeconds ? `:${parts['second']}` : ''}`;
  return `${parts['day']}/${parts['month']}/${parts['year']} ${time}`;
}

/** Only the time of an instant, `HH:mm`, in Viet Nam's time. */
export function formatTime(value: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(value);
}

/** Whole numbers with the language's grouping: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 0 }).format(value);
}

/** Integer VND: `1.234.567 ₫` (vi) or `1,234,567 ₫` (en); the symbol after the amount as Vietnamese writes it. */
export function formatVnd(value: number, language: Language): string {
  return `${formatNumber(value, language)}\u00a0₫`;
}

/** Today in Viet Nam as a party date `YYYY-MM-DD`. */
export function partyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
