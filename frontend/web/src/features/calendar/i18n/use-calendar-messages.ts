import { useI18n } from '../../../i18n/i18n-context';
import type { Messages } from '../../../i18n/messages';
import { calendarMessagesEn } from './calendar-messages-en';
import { calendarMessagesVi } from './calendar-messages-vi';

type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };

export type CalendarMessages = Widen<typeof calendarMessagesVi>;

/** The app's dictionary (`t`) and the calendar screen's (`c`) in the UI's language. */
export function useCalendarMessages(): { t: Messages; c: CalendarMessages; language: 'vi' | 'en' } {
  const { t, language } = useI18n();
  return { t, c: language === 'en' ? calendarMessagesEn : calendarMessagesVi, language };
}
