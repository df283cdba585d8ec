import { useI18n } from '../../../i18n/i18n-context';
import type { Messages } from '../../../i18n/messages';
import { memberImportMessagesEn } from './member-import-messages-en';
import { memberImportMessagesVi } from './member-import-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type MemberImportMessages = Widen<typeof memberImportMessagesVi>;

/** The app's dictionary (`t`) and the import wizard's (`w`) in the UI's language. */
export function useMemberImportMessages(): { t: Messages; w: MemberImportMessages; language: 'vi' | 'en' } {
  const { t, language } = useI18n();
  return { t, w: language === 'en' ? memberImportMessagesEn : memberImportMessagesVi, language };
}
