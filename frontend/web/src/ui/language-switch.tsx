import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/messages';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** VI | EN as two toggle buttons (aria-pressed), each named in its own language. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <div role="group" aria-label={t.language.label} className={onDark ? 'language-switch on-dark' : 'language-switch'}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} title={t.language[code]} onClick={() => setLanguage(code)}>
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
