import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { RolesTable } from '../../roles/components/roles-table';
import { useRoles } from '../../roles/hooks/use-roles';
import { deactivateUser, resetUserPassword, type User } from '../api/users-api';
import { PasswordOnceDialog } from '../components/password-once-dialog';
import { UserFormDialog } from '../components/user-form-dialog';
import { UsersTable, type UserAction } from '../components/users-table';
import { usersKey, useUsersList } from '../hooks/use-users-list';
import '../users.css';

/** `/nguoi-dung`: accounts in my scope (search, show more, create, edit, reset, deactivate) and the roles. */
export default function UsersPage() {
  const { t } = useI18n();
  const api = useApi();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const searchId = useId();
  const [text, setText] = useState('');
  const list = useUsersList(text);
  const roles = useRoles();
  const [editing, setEditing] = useState<{ user?: User } | undefined>();
  const [password, setPassword] = useState<{ name: string; password: string } | undefined>();
  const tab = params.get('tab') === 'vai-tro' ? 'roles' : 'users';

  const refresh = () => queryClient.invalidateQueries({ queryKey: usersKey });
  const failed = (error: unknown) => void message.error(isApiError(error) ? error.message : t.errors.unexpected);

  const act = (action: UserAction, user: User) => {
    if (action === 'edit') return setEditing({ user });
    const deactivate = action === 'deactivate';
    modal.confirm({
      title: fill(deactivate ? t.users.confirmDeactivate : t.users.confirmReset, { name: user.fullName }),
      content: deactivate ? t.users.confirmDeactivateBody : t.users.confirmResetBody,
      okText: deactivate ? t.users.deactivate : t.users.resetPassword,
      okButtonProps: { danger: deactivate },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          if (deactivate) {
            await deactivateUser(api, user);
            void message.success(fill(t.users.deactivated, { name: user.fullName }));
          } else {
            const reset = await resetUserPassword(api, user);
            if (reset.generatedPassword) setPassword({ name: user.fullName, password: reset.generatedPassword });
          }
          await refresh();
        } catch (error) {
          failed(error);
        }
      },
    });
  };

  const saved = (user: User, generatedPassword?: string) => {
    const created = !editing?.user;
    setEditing(undefined);
    void refresh();
    void message.success(fill(created ? t.users.created : t.users.updated, { name: user.fullName }));
    if (generatedPassword) setPassword({ name: user.fullName, password: generatedPassword });
  };

  const accounts = (
    <section aria-label={t.users.tabUsers}>
      <div className="users-toolbar">
        <div className="users-search">
          <label htmlFor={searchId} className="field-label">
            {t.users.searchLabel}
          </label>
          <Input.Search id={searchId} allowClear placeholder={t.users.searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} loading={list.isFetching} />
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t.users.create}
        </Button>
      </div>
      <p className="muted">{t.users.filtersNote}</p>
      {list.isError ? (
        <p className="field-error" role="alert">
          {list.error.message}
        </p>
      ) : (
        <UsersTable users={list.users} roles={roles.data} loading={list.isPending} onAction={act} />
      )}
      <div className="list-footer" aria-live="polite">
        <span className="muted">{fill(t.users.shown, { count: list.users.length })}</span>
        {list.hasNextPage && (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t.users.loadMore}
          </Button>
        )}
      </div>
    </section>
  );

  return (
    <div className="users-page">
      <Typography.Title level={1} className="page-title">
        {t.users.title}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'roles' ? { tab: 'vai-tro' } : {}, { replace: true })}
        items={[
          { key: 'users', label: t.users.tabUsers, children: accounts },
          { key: 'roles', label: t.users.tabRoles, children: <RolesTable /> },
        ]}
      />
      {editing && <UserFormDialog user={editing.user} onCancel={() => setEditing(undefined)} onDone={saved} />}
      {password && <PasswordOnceDialog name={password.name} password={password.password} onClose={() => setPassword(undefined)} />}
    </div>
  );
}
