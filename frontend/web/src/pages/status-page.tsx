import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context';

const SYMBOL = { info: 'i', warning: '!', error: '×' } as const;

/** A helpful full-width message with a way back: never a blank screen. */
export function StatusPage({ status, title, body, extra }: { status: 'info' | 'warning' | 'error'; title: string; body: ReactNode; extra?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className={`status-page status-${status}`} aria-labelledby="status-page-title">
      <span className="status-symbol" aria-hidden="true">
        {SYMBOL[status]}
      </span>
      <h1 id="status-page-title" className="status-title">
        {title}
      </h1>
      <p className="status-body">{body}</p>
      <div className="status-extra">
        {extra ?? (
          <Link to="/" className="link-button">
            {t.common.backHome}
          </Link>
        )}
      </div>
    </section>
  );
}
