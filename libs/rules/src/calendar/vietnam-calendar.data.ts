import { type CalendarData } from './calendar-data';
import {
  EXTRA_DAYS_OFF_2024_2026,
  HOLIDAYS_2024_2026,
  SWAPPED_WORKING_DAYS_2024_2026,
} from './vietnam-calendar-2024-2026.data';
import { EXTRA_DAYS_OFF_2027_2030, HOLIDAYS_2027_2030 } from './vietnam-calendar-2027-2030.data';

/**
 * The Vietnamese working-day calendar of state and Party offices, 2024–2030 (2027 onwards provisional).
 * Not covered (open, see docs/rules.md): 24/11 "Ngày Văn hóa Việt Nam", which Bộ Chính trị agreed in
 * 2025 should be a paid day off; no amended Labour Code article putting it in force was found.
 */
export const VIETNAM_CALENDAR: CalendarData = {
  coverage: { firstDay: '2024-01-01', lastDay: '2030-12-31' },
  weekendDays: [6, 0],
  holidays: [...HOLIDAYS_2024_2026, ...HOLIDAYS_2027_2030],
  extraDaysOff: [...EXTRA_DAYS_OFF_2024_2026, ...EXTRA_DAYS_OFF_2027_2030],
  swappedWorkingDays: [...SWAPPED_WORKING_DAYS_2024_2026],
};
