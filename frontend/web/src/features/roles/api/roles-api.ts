// The roles and the permissions each grants (GET /api/v1/roles) through the generated SDK.
import type { RoleDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type Role = RoleDto;

export async function listRoles(api: Api, signal?: AbortSignal): Promise<Role[]> {
  return (await api.call((sdk) => sdk.listRoles({}, { signal }))).items;
}
