import { useI18n } from '../../../i18n/i18n-context';
import type { Messages } from '../../../i18n/messages';
import { dueItemsMessagesEn } from './due-items-messages-en';
import { dueItemsMessagesVi } from './due-items-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type DueItemsMessages = Widen<typeof dueItemsMessagesVi>;

/** The app's dictionary (`t`) and the due-items/badge screens' (`d`) in the UI's language. */
export function useDueItemsMessages(): { t: Messages; d: DueItemsMessages; language: 'vi' | 'en' } {
  const { t, language } = useI18n();
  return { t, d: language === 'en' ? dueItemsMessagesEn : dueItemsMessagesVi, language };
}
