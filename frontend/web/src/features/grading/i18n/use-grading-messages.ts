import { useI18n } from '../../../i18n/i18n-context';
import type { Messages } from '../../../i18n/messages';
import { gradingMessagesEn } from './grading-messages-en';
import { gradingMessagesVi } from './grading-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type GradingMessages = Widen<typeof gradingMessagesVi>;

/** The app's dictionary (`t`) and the grading screens' (`g`) in the UI's language. */
export function useGradingMessages(): { t: Messages; g: GradingMessages; language: 'vi' | 'en' } {
  const { t, language } = useI18n();
  return { t, g: language === 'en' ? gradingMessagesEn : gradingMessagesVi, language };
}
