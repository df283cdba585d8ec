import { useI18n } from '../../../i18n/i18n-context';
import { lifecycleMessagesEn } from './lifecycle-messages-en';
import { lifecycleMessagesVi } from './lifecycle-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type LifecycleMessages = Widen<typeof lifecycleMessagesVi>;

/** The lifecycle tab's words in the UI's language. */
export function useLifecycleMessages(): LifecycleMessages {
  const { language } = useI18n();
  return language === 'en' ? lifecycleMessagesEn : lifecycleMessagesVi;
}
