import { useQuery } from '@tanstack/react-query';
import Tag from 'antd/es/tag';
import { useApi } from '../api/api-context';
import type { Me } from '../features/auth/api/auth-api';
import { getOrg } from '../features/orgs/api/orgs-api';
import { useI18n } from '../i18n/i18n-context';

/** The name of an org by id (`nullLabel` when there is none). Quietly a dash when it cannot be read. */
function useOrgName(id: string | null, canRead: boolean, nullLabel: string): string | undefined {
  const api = useApi();
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['org', id],
    queryFn: ({ signal }) => getOrg(api, id as string, signal),
    enabled: id !== null && canRead,
    staleTime: 5 * 60_000,
  });
  if (id === null) return nullLabel;
  return query.data?.name ?? (query.isPending && canRead ? undefined : t.common.none);
}

/** My organisation, my scope and my roles: who the system thinks I am, always visible. */
export function AccountSummary({ me }: { me: Me }) {
  const { t } = useI18n();
  const canRead = me.permissions.includes('members:read');
  // No home org (the system administrator): a dash. No scope root: the whole tree.
  const home = useOrgName(me.homeOrgId, canRead, t.common.none);
  const scope = useOrgName(me.scopeOrgId, canRead, t.common.wholeSystem);
  return (
    <dl className="account-summary" aria-label={t.header.account}>
      <div>
        <dt>{t.header.myOrg}</dt>
        <dd data-testid="my-org">{home ?? t.common.loading}</dd>
      </div>
      <div>
        <dt>{t.header.scope}</dt>
        <dd data-testid="my-scope">{scope ?? t.common.loading}</dd>
      </div>
      <div>
        <dt>{t.header.roles}</dt>
        <dd data-testid="my-roles">
          {me.roles.map((role) => (
            <Tag key={role} color="red" variant="outlined">
              {t.roles[role] ?? role}
            </Tag>
          ))}
        </dd>
      </div>
    </dl>
  );
}
