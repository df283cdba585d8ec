import { useI18n } from '../../../i18n/i18n-context';
import { badgeCircumstancesMessagesEn } from './badge-circumstances-messages-en';
import { badgeCircumstancesMessagesVi } from './badge-circumstances-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type BadgeCircumstancesMessages = Widen<typeof badgeCircumstancesMessagesVi>;

/** The badge card's words in the UI's language. */
export function useBadgeCircumstancesMessages(): BadgeCircumstancesMessages {
  const { language } = useI18n();
  return language === 'en' ? badgeCircumstancesMessagesEn : badgeCircumstancesMessagesVi;
}
