import { useI18n } from '../../../i18n/i18n-context';
import { memberExportMessagesEn } from './member-export-messages-en';
import { memberExportMessagesVi } from './member-export-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type MemberExportMessages = Widen<typeof memberExportMessagesVi>;

/** The export buttons' words in the UI's language. */
export function useMemberExportMessages(): MemberExportMessages {
  const { language } = useI18n();
  return language === 'en' ? memberExportMessagesEn : memberExportMessagesVi;
}
