import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';

/** The calm single-card page of sign-in and forced password change. */
export function AuthCardPage({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <main className="auth-card">
        <header className="auth-masthead">
          <div className="auth-brand">
            <p className="auth-app-name">{t.appName}</p>
            <LanguageSwitch />
          </div>
          <p className="auth-tagline">{t.tagline}</p>
        </header>
        <h1 className="auth-title">{title}</h1>
        <div className="auth-intro">{intro}</div>
        {children}
      </main>
    </div>
  );
}
