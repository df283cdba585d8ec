import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messagesEn } from './messages-en';
import { messagesVi } from './messages-vi';
import type { Language, Messages } from './messages';

const STORAGE_KEY = 'lt.language';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Vietnamese unless the officer chose English on this browser. */
export function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The language the API's messages come in (Accept-Language); read by the HTTP client on every call. */
let currentLanguage: Language = initialLanguage();
export function requestLanguage(): Language {
  return currentLanguage;
}

export function I18nProvider({ children, language: forced }: { children: ReactNode; language?: Language }) {
  const [language, setState] = useState<Language>(() => forced ?? currentLanguage);
  useEffect(() => {
    currentLanguage = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    currentLanguage = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts until the page is closed.
    }
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo<I18n>(() => ({ language, t: language === 'en' ? messagesEn : messagesVi, setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
