import { useI18n } from '../../../i18n/i18n-context';
import type { Messages } from '../../../i18n/messages';
import { membersMessagesEn } from './members-messages-en';
import { membersMessagesVi } from './members-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The member screens' dictionary: its shape is the Vietnamese one, every literal widened. */
export type MembersMessages = Widen<typeof membersMessagesVi>;

/** The app's dictionary (`t`) and the member screens' (`m`) in the UI's language. */
export function useMembersMessages(): { t: Messages; m: MembersMessages; language: 'vi' | 'en' } {
  const { t, language } = useI18n();
  return { t, m: language === 'en' ? membersMessagesEn : membersMessagesVi, language };
}
