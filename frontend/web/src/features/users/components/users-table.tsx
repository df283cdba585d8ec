import MoreOutlined from '@ant-design/icons/es/icons/MoreOutlined';
import Button from 'antd/es/button';
import Dropdown from 'antd/es/dropdown';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useI18n } from '../../../i18n/i18n-context';
import type { Role } from '../../roles/api/roles-api';
import { roleName } from '../../roles/components/role-label';
import type { User } from '../api/users-api';
import { OrgName } from './org-name';

export type UserAction = 'edit' | 'reset' | 'deactivate';

/** The accounts loaded so far; on a phone the org and roles columns give way to name and status. */
export function UsersTable(props: { users: User[]; roles: Role[] | undefined; loading: boolean; onAction: (action: UserAction, user: User) => void }) {
  const { t, language } = useI18n();
  const c = t.users.columns;
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      className="users-table"
      dataSource={props.users}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t.users.empty }}
      columns={[
        {
          key: 'user',
          title: c.fullName,
          render: (_, user) => (
            <div>
              <div className="user-name">{user.fullName}</div>
              <div className="muted user-username">{user.username}</div>
            </div>
          ),
        },
        { key: 'org', title: c.homeOrg, responsive: ['md'], render: (_, user) => <OrgName id={user.homeOrgId} /> },
        {
          key: 'roles',
          title: c.roles,
          responsive: ['lg'],
          render: (_, user) =>
            user.roles.map((code) => (
              <Tag key={code} variant="outlined">
                {roleName(code, props.roles, language)}
              </Tag>
            )),
        },
        {
          key: 'status',
          title: c.status,
          render: (_, user) => (
            <>
              <Tag color={user.isActive ? 'green' : 'default'}>{user.isActive ? t.users.active : t.users.inactive}</Tag>
              {user.isActive && user.mustChangePassword && <Tag color="gold">{t.users.mustChange}</Tag>}
            </>
          ),
        },
        {
          key: 'actions',
          title: c.actions,
          width: 90,
          render: (_, user) => (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'edit', label: t.users.edit },
                  { key: 'reset', label: t.users.resetPassword, disabled: !user.isActive },
                  user.isActive
                    ? { key: 'deactivate', label: t.users.deactivate, danger: true }
                    : { key: 'reactivate', label: t.users.reactivateMissing, disabled: true },
                ],
                onClick: ({ key }) => props.onAction(key as UserAction, user),
              }}
            >
              <Button type="text" icon={<MoreOutlined />} aria-label={`${c.actions}: ${user.fullName}`} />
            </Dropdown>
          ),
        },
      ]}
    />
  );
}
