import type { TestGateway } from '../../testing/test-gateway';

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'Cán-bộ-Thử-2026!';

/**
 * Creates an account through the users API (as the administrator) with a chosen password,
 * so it can sign in at once. Tokens must belong to a real account: the guard reads roles,
 * scope and the active flag from the database on every request.
 */
export async function createTestUser(
  gateway: TestGateway,
  adminToken: string,
  input: { username: string; roles: string[]; homeOrgId?: string | null; fullName?: string; password?: string },
): Promise<TestUser> {
  const password = input.password ?? GOOD_PASSWORD;
  const res = await gateway
    .http()
    .post('/api/v1/users')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ username: input.username, fullName: input.fullName ?? 'Cán bộ thử', homeOrgId: input.homeOrgId ?? null, roles: input.roles, password })
    .expect(201);
  return { id: (res.body as { user: { id: string } }).user.id, username: input.username, password };
}

export async function loginAs(gateway: TestGateway, username: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await gateway.http().post('/api/v1/auth/login').send({ username, password }).expect(200);
  return res.body as { accessToken: string; refreshToken: string };
}
