// Accounts (/api/v1/users…) through the generated SDK. Edits send the version read as If-Match, so
// that an administrator never overwrites a change they have not seen. Every call is limited by the
// gateway to accounts homed in the caller's subtree (others answer 404).
import type { CreatedUserDto, CreateUserDto, PasswordResetDto, UpdateUserDto, UserDto, UserPageDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type User = UserDto;
export type UserPage = UserPageDto;
export type CreateUserInput = Pick<CreateUserDto, 'username' | 'fullName' | 'homeOrgId' | 'roles'>;
export type UpdateUserInput = Pick<UpdateUserDto, 'fullName' | 'homeOrgId' | 'roles'>;

export const USERS_PAGE = 50;

export function listUsers(api: Api, q: string, cursor?: string, signal?: AbortSignal): Promise<UserPage> {
  return api.call((sdk) => sdk.listUsers({ q: q || undefined, limit: USERS_PAGE, cursor }, { signal }));
}

/** No password sent: the server generates one, returns it once, and the user must change it. */
export function createUser(api: Api, input: CreateUserInput): Promise<CreatedUserDto> {
  return api.call((sdk) => sdk.createUser({ body: input }));
}

export function updateUser(api: Api, user: User, change: UpdateUserInput): Promise<User> {
  return api.call((sdk) => sdk.updateUser({ id: user.id, ifMatch: user.version, body: change }));
}

export function deactivateUser(api: Api, user: User): Promise<User> {
  return api.call((sdk) => sdk.deactivateUser({ id: user.id }));
}

export function resetUserPassword(api: Api, user: User): Promise<PasswordResetDto> {
  return api.call((sdk) => sdk.resetUserPassword({ id: user.id, body: {} }));
}
