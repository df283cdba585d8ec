import dayjs, { type Dayjs } from 'dayjs';

/** DatePicker value ↔ party date `YYYY-MM-DD` (no time zone: a party date is a calendar day). */
export const toPartyDate = (value: Dayjs): string => value.format('YYYY-MM-DD');
export const fromPartyDate = (value: string): Dayjs => dayjs(value, 'YYYY-MM-DD');
/** How officers read and type dates. */
export const DATE_FORMAT = 'DD/MM/YYYY';
