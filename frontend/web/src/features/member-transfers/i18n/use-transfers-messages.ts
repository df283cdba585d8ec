import { useI18n } from '../../../i18n/i18n-context';
import { transfersMessagesEn } from './transfers-messages-en';
import { transfersMessagesVi } from './transfers-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type TransfersMessages = Widen<typeof transfersMessagesVi>;

/** The transfer screens' dictionary in the UI's language. */
export function useTransfersMessages(): TransfersMessages {
  const { language } = useI18n();
  return language === 'en' ? transfersMessagesEn : transfersMessagesVi;
}
