import { displayDate, type LocalDate } from '../local-date/local-date';
import { CalendarNotCoveredError, type WorkingDayCalendar } from './working-day-calendar';

/** A working-day deadline, or — where the calendar has no holiday data for the span — a note saying so. */
export type DeadlineOrNote = { date: LocalDate; note: null } | { date: null; note: string };

/**
 * `from` + N working days on `calendar` (see WorkingDayCalendar.deadline). A span the calendar does not
 * cover answers a note for the reader instead of throwing: a screen shows "not computable" next to the
 * other dates rather than failing as a whole. Other errors (bad input) still throw.
 */
export function deadlineOrNote(calendar: WorkingDayCalendar, from: LocalDate, workingDays: number): DeadlineOrNote {
  try {
    return { date: calendar.deadline(from, workingDays), note: null };
  } catch (error) {
    if (!(error instanceof CalendarNotCoveredError)) throw error;
    return { date: null, note: calendarNotCoveredNote(error) };
  }
}

/** The note for a date the calendar does not cover, dates as dd/mm/yyyy (Vietnamese first, then English). */
export function calendarNotCoveredNote(error: CalendarNotCoveredError): string {
  const { firstDay, lastDay } = error.coverage;
  return `Lịch ngày làm việc chỉ có dữ liệu ${displayDate(firstDay)} … ${displayDate(lastDay)}: không tính được hạn này (calendar not covered)`;
}
