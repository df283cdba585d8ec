import Tag from 'antd/es/tag';
import type { Me } from '../features/auth/api/auth-api';
import { useI18n } from '../i18n/i18n-context';

/** My organisation, my scope and my roles: who the system thinks I am, always visible (names come with /me: a member may not read orgs). */
export function AccountSummary({ me }: { me: Me }) {
  const { t } = useI18n();
  // No home org (the system administrator): a dash. No scope root: the whole tree.
  const home = me.homeOrgId === null ? t.common.none : (me.homeOrgName ?? t.common.none);
  const scope = me.scopeOrgId === null ? t.common.wholeSystem : (me.scopeOrgName ?? t.common.none);
  return (
    <dl className="account-summary" aria-label={t.header.account}>
      <div>
        <dt>{t.header.myOrg}</dt>
        <dd data-testid="my-org">{home}</dd>
      </div>
      <div>
        <dt>{t.header.scope}</dt>
        <dd data-testid="my-scope">{scope}</dd>
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
