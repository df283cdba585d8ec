import { useI18n } from '../i18n/i18n-context';
import { StatusPage } from './status-page';

export function ForbiddenPage() {
  const { t } = useI18n();
  return <StatusPage status="warning" title={t.forbidden.title} body={t.forbidden.body} />;
}
