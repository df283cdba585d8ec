import { describe, expect, it, vi } from 'vitest';
import { createLienThongClient } from '@lienthong/sdk';
import { ApiError } from './api-error';
import { HttpClient } from './http-client';
import { sdkCall } from './sdk-call';
import { SessionTokens } from './session-tokens';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A fake gateway: one valid access token at a time; refresh tokens are single use and rotate. */
function fakeGateway(options: { refuseRefresh?: boolean } = {}) {
  let generation = 1;
  let validAccess = 'a1';
  let validRefresh = 'r1';
  let refreshCalls = 0;
  const seen: { url: string; auth: string | null; language: string | null }[] = [];
  let releaseRefresh: () => void = () => undefined;
  const refreshGate = new Promise<void>((resolve) => {
    releaseRefresh = resolve;
  });
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = input;
    const headers = new Headers(init?.headers);
    seen.push({ url, auth: headers.get('Authorization'), language: headers.get('Accept-Language') });
    if (url.endsWith('/auth/refresh')) {
      refreshCalls++;
      await refreshGate;
      const body = JSON.parse(init?.body as string) as { refreshToken: string };
      if (options.refuseRefresh || body.refreshToken !== validRefresh) {
        return json(401, { code: 'AUTH.REFRESH_TOKEN_INVALID', message: 'Phiên đăng nhập đã hết hạn hoặc bị thu hồi; hãy đăng nhập lại.' });
      }
      generation++;
      validAccess = `a${generation}`;
      validRefresh = `r${generation}`;
      return json(200, { accessToken: validAccess, refreshToken: validRefresh, expiresIn: 900 });
    }
    if (headers.get('Authorization') !== `Bearer ${validAccess}`) {
      return json(401, { code: 'AUTH.TOKEN_INVALID', message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.' });
    }
    return json(200, { url });
  });
  const expireAccess = () => {
    validAccess = 'none';
  };
  return { fetch, seen, refreshCalls: () => refreshCalls, releaseRefresh, expireAccess };
}

/** The app's stack as create-app-api builds it: the generated SDK over the session transport. */
function client(gateway: ReturnType<typeof fakeGateway>, now = () => 1_000_000) {
  const tokens = new SessionTokens(memoryStorage());
  tokens.store({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 }, now());
  const onSessionEnded = vi.fn();
  const networkMessage = () => 'offline';
  const sdkOver = (fetch: (input: string, init: RequestInit) => Promise<Response>) =>
    createLienThongClient({ baseUrl: '', fetch, language: () => 'en', retries: 0 });
  const publicSdk = sdkOver((input, init) => http.publicFetch(input, init));
  const http: HttpClient = new HttpClient({
    tokens,
    language: () => 'en',
    networkMessage,
    renewTokens: (refreshToken) => sdkCall(() => publicSdk.refreshSession({ body: { refreshToken } }), networkMessage),
    onSessionEnded,
    fetch: gateway.fetch,
    now,
  });
  const sdk = sdkOver(http.authorizedFetch);
  const call = <T>(run: (c: typeof sdk) => Promise<T>) => sdkCall(() => run(sdk), networkMessage);
  return { call, sdk, publicSdk, http, tokens, onSessionEnded };
}

const urlOf = (answer: unknown) => (answer as { url: string }).url;

describe('the SDK over the session transport', () => {
  it('sends the bearer token and the UI language', async () => {
    const gateway = fakeGateway();
    const { call } = client(gateway);
    expect(urlOf(await call((sdk) => sdk.getMe()))).toBe('/api/v1/me');
    expect(gateway.seen[0]).toEqual({ url: '/api/v1/me', auth: 'Bearer a1', language: 'en' });
  });

  it('renews once for many requests that meet an expired token, queues them, then sends each again', async () => {
    const gateway = fakeGateway();
    const { call, tokens } = client(gateway);
    gateway.expireAccess();
    const calls = [call((sdk) => sdk.listOrgs()), call((sdk) => sdk.getMe()), call((sdk) => sdk.searchOrgs({ q: 'x' }))];
    await vi.waitFor(() => expect(gateway.refreshCalls()).toBe(1));
    gateway.releaseRefresh();
    const answers = await Promise.all(calls);
    expect(answers.map(urlOf)).toEqual(['/api/v1/orgs', '/api/v1/me', '/api/v1/orgs/search?q=x']);
    expect(gateway.refreshCalls()).toBe(1);
    expect(tokens.accessToken).toBe('a2');
    expect(tokens.refreshToken).toBe('r2');
    // Each request went out twice (a1 refused, a2 taken) plus one refresh: no second refresh.
    expect(gateway.seen.filter((s) => s.auth === 'Bearer a2')).toHaveLength(3);
  });

  it('renews before sending when the access token is about to end', async () => {
    const gateway = fakeGateway();
    let now = 1_000_000;
    const { call } = client(gateway, () => now);
    now += 899_000; // one second left
    gateway.releaseRefresh();
    await call((sdk) => sdk.getMe());
    expect(gateway.seen.map((s) => s.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/me']);
    expect(gateway.seen[0]?.auth).toBeNull();
    expect(gateway.seen[1]?.auth).toBe('Bearer a2');
  });

  it('ends the session once when the refresh is refused, and lets every waiting request fail', async () => {
    const gateway = fakeGateway({ refuseRefresh: true });
    const { call, tokens, onSessionEnded } = client(gateway);
    gateway.expireAccess();
    gateway.releaseRefresh();
    const results = await Promise.allSettled([call((sdk) => sdk.listOrgs()), call((sdk) => sdk.getMe())]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(gateway.refreshCalls()).toBe(1);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    expect(tokens.hasSession()).toBe(false);
  });

  it('turns a failed connection into a network ApiError without ending the session', async () => {
    const gateway = fakeGateway();
    const { call, tokens } = client({ ...gateway, fetch: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) });
    await expect(call((sdk) => sdk.getMe())).rejects.toMatchObject({ status: 0, code: 'CLIENT.NETWORK', message: 'offline' });
    expect(tokens.hasSession()).toBe(true);
  });

  it('gives the error envelope, its details and the Retry-After of a locked sign-in as ApiError', async () => {
    const locked = json(429, { code: 'AUTH.LOGIN_LOCKED', message: 'Đăng nhập sai quá nhiều lần', correlationId: 'c-9' }, { 'Retry-After': '120' });
    const { publicSdk } = client({ ...fakeGateway(), fetch: vi.fn(() => Promise.resolve(locked)) });
    const error: unknown = await sdkCall(() => publicSdk.login({ body: { username: 'a', password: 'b' } }), () => 'offline').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'AUTH.LOGIN_LOCKED', retryAfterSeconds: 120, correlationId: 'c-9', details: [] });
  });
});
