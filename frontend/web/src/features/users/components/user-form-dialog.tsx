import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { useMe } from '../../auth/hooks/use-session';
import { useRoles } from '../../roles/hooks/use-roles';
import { createUser, updateUser, type User } from '../api/users-api';
import { HomeOrgPicker } from './home-org-picker';
import { GrantedPermissions, RolesSelect } from './roles-select';

interface Values {
  username: string;
  fullName: string;
  homeOrgId: string;
  roles: string[];
}

const FIELDS = ['username', 'fullName', 'homeOrgId', 'roles'];
/** Domain refusals that belong to one field (the gateway's scope refusals name their field in details). */
const CODE_FIELDS = { 'USERS.USERNAME_TAKEN': 'username', 'USERS.ROLE_UNKNOWN': 'roles' };

/**
 * Create an account (`user` absent: the server generates the password and returns it once) or edit
 * one (name, home org, roles; sent with the version read, so a change made meanwhile is refused).
 */
export function UserFormDialog(props: { user?: User; onDone: (user: User, generatedPassword?: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const me = useMe().data;
  const roles = useRoles();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);
  const chosenRoles = Form.useWatch('roles', form);
  const f = t.users.form;
  const editing = props.user;
  const myPermissions = me?.permissions ?? [];
  const canSearchOrgs = myPermissions.includes('members:read');
  const myOrg = me?.scopeOrgId ?? me?.homeOrgId ?? null;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      const fullName = values.fullName.trim();
      if (editing) {
        props.onDone(await updateUser(api, editing, { fullName, homeOrgId: values.homeOrgId, roles: values.roles }));
      } else {
        const created = await createUser(api, { username: values.username.trim(), fullName, homeOrgId: values.homeOrgId, roles: values.roles });
        props.onDone(created.user, created.generatedPassword);
      }
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={editing ? fill(f.editTitle, { name: editing.fullName }) : f.createTitle}
      open
      form={form}
      busy={busy}
      general={errors.general}
      initialValues={
        editing
          ? { username: editing.username, fullName: editing.fullName, homeOrgId: editing.homeOrgId ?? undefined, roles: editing.roles }
          : { homeOrgId: myOrg ?? undefined, roles: [] }
      }
      onSubmit={(values) => void submit(values)}
      onCancel={props.onCancel}
    >
      <Form.Item label={f.username} name="username" extra={editing ? undefined : f.usernameHelp} rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input autoFocus={!editing} readOnly={Boolean(editing)} aria-readonly={Boolean(editing)} maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item label={f.fullName} name="fullName" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input autoFocus={Boolean(editing)} maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={f.homeOrg}
        name="homeOrgId"
        extra={canSearchOrgs ? f.homeOrgHelp : f.homeOrgCannotSearch}
        rules={[{ required: true, message: t.common.required }]}
      >
        <HomeOrgPicker canSearch={canSearchOrgs} fallbackOrgId={myOrg} />
      </Form.Item>
      <Form.Item label={f.roles} name="roles" extra={f.rolesHelp} rules={[{ required: true, type: 'array', min: 1, message: t.common.required }]}>
        <RolesSelect roles={roles.data ?? []} loading={roles.isPending} myPermissions={myPermissions} />
      </Form.Item>
      <GrantedPermissions codes={chosenRoles} roles={roles.data ?? []} />
    </FormModal>
  );
}
