import { useI18n } from '../../../i18n/i18n-context';
import { useOrgName } from '../hooks/use-org-name';

/** An org's name in a table cell; a dash when there is none or it cannot be read. */
export function OrgName({ id }: { id: string | null | undefined }) {
  const { t } = useI18n();
  const name = useOrgName(id);
  if (name === undefined) return <span className="muted">{t.common.loading}</span>;
  return <>{name ?? t.common.none}</>;
}
