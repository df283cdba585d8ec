import { useRouteError } from 'react-router';
import { isApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';
import { ForbiddenPage } from './forbidden-page';
import { NotFoundPage } from './not-found-page';
import { StatusPage } from './status-page';

/** What a failed route or query shows: 403 and 404 get their own pages, anything else a calm crash page. */
export function RouteErrorView({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (isApiError(error) && error.status === 403) return <ForbiddenPage />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  const detail = isApiError(error) ? `${error.message}${error.correlationId ? ` (${t.common.correlation}: ${error.correlationId})` : ''}` : undefined;
  return (
    <StatusPage
      status="error"
      title={t.crash.title}
      body={
        <>
          {t.crash.body}
          {detail && <span className="crash-detail">{detail}</span>}
        </>
      }
      extra={
        <button type="button" className="link-button" onClick={() => window.location.reload()}>
          {t.crash.reload}
        </button>
      }
    />
  );
}

/** The router's errorElement: a thrown render error or a lazy chunk that failed to load. */
export function RouteErrorPage() {
  return <RouteErrorView error={useRouteError()} />;
}
