import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useI18n } from '../../../i18n/i18n-context';
import type { Role } from '../api/roles-api';
import { useRoles } from '../hooks/use-roles';
import { inDictionaryOrder } from '../lib/permission-order';
import { roleName } from './role-label';

/**
 * The roles and what each permits, read-only: the built-in roles are the system's (changing them is
 * a migration, not a screen), and the API offers no role editing.
 */
export function RolesTable() {
  const { t, language } = useI18n();
  const roles = useRoles();
  const r = t.rolesPage;
  if (roles.isError) {
    return (
      <p className="field-error" role="alert">
        {roles.error.message}
      </p>
    );
  }
  return (
    <section aria-label={t.users.tabRoles}>
      <p className="muted">{r.intro}</p>
      <Table<Role>
        rowKey="code"
        size="middle"
        loading={roles.isPending}
        dataSource={roles.data}
        pagination={false}
        columns={[
          {
            key: 'name',
            title: r.columns.name,
            render: (_, role) => (
              <div>
                <strong>{roleName(role.code, roles.data, language)}</strong>
                <div className="muted">
                  {r.columns.code}: {role.code}
                </div>
                <Tag variant="outlined">{role.builtIn ? r.builtIn : r.custom}</Tag>
              </div>
            ),
          },
          {
            key: 'permissions',
            title: r.columns.permissions,
            render: (_, role) => (
              <div className="role-permissions">
                {inDictionaryOrder(role.permissions, t.permissions).map((code) => (
                  <Tag key={code} title={code}>
                    {t.permissions[code] ?? code}
                  </Tag>
                ))}
              </div>
            ),
          },
          {
            key: 'clearance',
            title: r.clearance,
            responsive: ['md'],
            render: (_, role) => r.clearances[role.clearance] ?? String(role.clearance),
          },
        ]}
      />
    </section>
  );
}
