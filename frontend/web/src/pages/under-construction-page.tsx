import { useI18n } from '../i18n/i18n-context';
import { fill } from '../i18n/messages';
import { StatusPage } from './status-page';

/** An area of the menu whose screens are not built yet: said plainly. */
export function UnderConstructionPage({ areaKey }: { areaKey: string }) {
  const { t } = useI18n();
  const area = (t.nav as Record<string, string>)[areaKey] ?? areaKey;
  return <StatusPage status="info" title={fill(t.building.title, { area })} body={t.building.body} />;
}
