import Select from 'antd/es/select';
import { useI18n } from '../../../i18n/i18n-context';
import { foldVietnamese } from '../../orgs/lib/fold-vietnamese';
import type { Role } from '../../roles/api/roles-api';
import { roleName } from '../../roles/components/role-label';
import { inDictionaryOrder } from '../../roles/lib/permission-order';

/** A role may be given only by someone who holds every permission it grants (the gateway's rule too). */
export function canGrant(role: Role, myPermissions: readonly string[]): boolean {
  return role.permissions.every((permission) => myPermissions.includes(permission));
}

/** The permissions the chosen roles grant together, in the dictionary's words. */
export function grantedPermissions(codes: readonly string[], roles: readonly Role[]): string[] {
  const granted = new Set<string>();
  for (const role of roles) if (codes.includes(role.code)) for (const permission of role.permissions) granted.add(permission);
  return [...granted];
}

/** Several roles, found by name with or without diacritics; each option shows the permissions it grants, those I may not grant are disabled. */
export function RolesSelect(props: { id?: string; value?: string[]; onChange?: (value: string[]) => void; roles: Role[]; myPermissions: readonly string[]; loading: boolean }) {
  const { t, language } = useI18n();
  const permissionName = (code: string) => t.permissions[code] ?? code;
  return (
    <Select
      id={props.id}
      mode="multiple"
      value={props.value}
      onChange={props.onChange}
      loading={props.loading}
      showSearch={{ filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)) }}
      options={props.roles.map((role) => ({
        value: role.code,
        label: roleName(role.code, props.roles, language),
        disabled: !canGrant(role, props.myPermissions),
        permissions: inDictionaryOrder(role.permissions, t.permissions).map(permissionName).join('; '),
      }))}
      optionRender={(option) => (
        <div className="role-option">
          <div>{option.label}</div>
          <div className="role-option-permissions">{option.data.permissions}</div>
        </div>
      )}
    />
  );
}

/** Under the roles field: what the chosen roles allow, so nobody grants more than they meant to. */
export function GrantedPermissions({ codes, roles }: { codes: string[] | undefined; roles: Role[] }) {
  const { t } = useI18n();
  const granted = inDictionaryOrder(grantedPermissions(codes ?? [], roles), t.permissions);
  if (granted.length === 0) return null;
  return (
    <div className="granted-permissions" aria-live="polite">
      <span className="field-label">{t.users.form.grants}:</span>
      <ul>
        {granted.map((code) => (
          <li key={code}>{t.permissions[code] ?? code}</li>
        ))}
      </ul>
    </div>
  );
}
