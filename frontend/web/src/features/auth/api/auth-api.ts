// Sign-in, password change, sign-out and GET /me through the generated SDK.
import type { MeDto, TokenPairDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

/** GET /me: who is signed in, with roles, permissions and scope. */
export type Me = MeDto;

export function login(api: Api, username: string, password: string): Promise<TokenPairDto> {
  // No retry: a refused or locked sign-in is the officer's to see at once.
  return api.callPublic((sdk) => sdk.login({ body: { username, password } }, { retries: 0 }));
}

export function changePassword(api: Api, currentPassword: string, newPassword: string): Promise<TokenPairDto> {
  return api.call((sdk) => sdk.changePassword({ body: { currentPassword, newPassword } }, { retries: 0 }));
}

export function logout(api: Api, refreshToken: string): Promise<void> {
  return api.callPublic((sdk) => sdk.logout({ body: { refreshToken } }, { retries: 0 }));
}

export function fetchMe(api: Api, signal?: AbortSignal): Promise<Me> {
  return api.call((sdk) => sdk.getMe({}, { signal }));
}
