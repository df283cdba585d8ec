import { useI18n } from '../i18n/i18n-context';
import { StatusPage } from './status-page';

export function NotFoundPage() {
  const { t } = useI18n();
  return <StatusPage status="info" title={t.notFound.title} body={t.notFound.body} />;
}
