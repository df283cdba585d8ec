// POST /auth/login, /auth/change-password, /auth/logout and GET /me through the HTTP client.
import type { HttpClient } from '../../../api/http-client';
import type { TokenPair } from '../../../api/session-tokens';

/** GET /me: who is signed in, with roles, permissions and scope. */
export interface Me {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  permissions: string[];
  /** Root of the subtree in scope; null = the whole tree. */
  scopeOrgId: string | null;
  homeOrgId: string | null;
  clearance: number;
  mustChangePassword: boolean;
}

export async function login(http: HttpClient, username: string, password: string): Promise<TokenPair> {
  return (await http.request<TokenPair>('POST', '/auth/login', { body: { username, password }, auth: false })).data;
}

export async function changePassword(http: HttpClient, currentPassword: string, newPassword: string): Promise<TokenPair> {
  return (await http.request<TokenPair>('POST', '/auth/change-password', { body: { currentPassword, newPassword } })).data;
}

export async function logout(http: HttpClient, refreshToken: string): Promise<void> {
  await http.request<void>('POST', '/auth/logout', { body: { refreshToken }, auth: false });
}

export async function fetchMe(http: HttpClient, signal?: AbortSignal): Promise<Me> {
  return (await http.request<Me>('GET', '/me', { signal })).data;
}
