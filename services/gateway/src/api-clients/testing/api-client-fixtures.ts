import type request from 'supertest';

type Http = () => ReturnType<typeof request>;

export interface RegisteredClient {
  id: string;
  clientId: string;
  clientSecret: string;
  orgId: string;
  permissions: string[];
}

/** Registers an API client through the API (as an administrator), keeping the secret shown once. */
export async function registerApiClient(
  http: Http,
  adminToken: string,
  input: { orgId: string; permissions: string[]; name?: string; expiresAt?: string },
): Promise<RegisteredClient> {
  const res = await http()
    .post('/api/v1/api-clients')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ name: input.name ?? 'Phần mềm quản lý đảng viên của cấp dưới', ...input })
    .expect(201);
  const body = res.body as { client: { id: string; clientId: string; orgId: string; permissions: string[] }; clientSecret: string };
  return { ...body.client, clientSecret: body.clientSecret };
}

/** A client-credentials access token (JSON body). */
export async function clientAccessToken(http: Http, clientId: string, clientSecret: string): Promise<string> {
  const res = await http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).expect(200);
  return (res.body as { access_token: string }).access_token;
}
