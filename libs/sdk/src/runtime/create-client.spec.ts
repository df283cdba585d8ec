import { LienThongApiError, LienThongNetworkError } from './api-error';
import type { FetchLike } from './client-options';
import { createLienThongClient } from './create-client';

interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

type Answer = Response | Error | ((request: SeenRequest) => Response | Promise<Response>);

/** A fetch that records every request and answers from a script, one entry per attempt. */
function scriptedFetch(...script: Answer[]): { fetch: FetchLike; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const request = { url, method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) }, body: init.body as string | undefined };
    seen.push(request);
    const answer = script.shift();
    if (answer === undefined) throw new Error(`unexpected request ${request.method} ${url}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(request) : answer;
  };
  return { fetch, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const envelope = (code: string, message: string, extra: object = {}) => ({ code, message, correlationId: 'corr-1', ...extra });
const ORG_PAGE = { items: [], nextCursor: null };
const NEW_ORG = { parentId: null, name: 'Đảng bộ Tỉnh Thử nghiệm', shortName: 'ĐBT', kind: 'dang-bo-truc-thuoc-tw' as const, validFrom: '2026-01-15' };

describe('createLienThongClient', () => {
  it('sends the language and the bearer token on secured calls, no token on public ones', async () => {
    let language: 'vi' | 'en' = 'vi';
    const { fetch, seen } = scriptedFetch(json(200, ORG_PAGE), json(200, ORG_PAGE), json(200, { accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer' }));
    const client = createLienThongClient({ baseUrl: 'http://gw', fetch, getAccessToken: () => 'token-1', language: () => language });
    await expect(client.listOrgs()).resolves.toEqual(ORG_PAGE);
    language = 'en';
    await client.listOrgs({ limit: 2 });
    await client.login({ body: { username: 'admin', password: 'x' } });
    expect(seen.map((r) => [r.headers['Accept-Language'], r.headers['Authorization']])).toEqual([
      ['vi', 'Bearer token-1'],
      ['en', 'Bearer token-1'],
      ['en', undefined],
    ]);
    expect(seen[2]?.headers['Idempotency-Key']).toBeUndefined();
  });

  it('retries a POST after 503, a network error and 504 with one Idempotency-Key for the whole call', async () => {
    const { fetch, seen } = scriptedFetch(
      json(503, envelope('COMMON.SERVICE_UNAVAILABLE', 'x')),
      new TypeError('fetch failed'),
      new Response('<html>Gateway Timeout</html>', { status: 504 }),
      json(201, { id: 'o1' }),
    );
    const client = createLienThongClient({ baseUrl: 'http://gw', fetch, retries: 3, retryBaseDelayMs: 1 });
    await expect(client.createOrg({ body: NEW_ORG })).resolves.toEqual({ id: 'o1' });
    const keys = seen.map((r) => r.headers['Idempotency-Key']);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen.every((r) => r.body === JSON.stringify(NEW_ORG))).toBe(true);

    const second = scriptedFetch(json(201, { id: 'o2' }));
    await createLienThongClient({ baseUrl: 'http://gw', fetch: second.fetch }).createOrg({ body: NEW_ORG }, { idempotencyKey: 'my-key-1' });
    expect(second.seen[0]?.headers['Idempotency-Key']).toBe('my-key-1');
  });

  it('gives each call its own key', async () => {
    const { fetch, seen } = scriptedFetch(json(201, {}), json(201, {}));
    const client = createLienThongClient({ baseUrl: '', fetch });
    await client.createOrg({ body: NEW_ORG });
    await client.createOrg({ body: NEW_ORG });
    expect(seen[0]?.headers['Idempotency-Key']).not.toBe(seen[1]?.headers['Idempotency-Key']);
  });

  it('does not repeat a PATCH after a 503 (it may have been applied), but does after a 429 with Retry-After', async () => {
    const refused = scriptedFetch(json(503, envelope('COMMON.SERVICE_UNAVAILABLE', 'Dịch vụ tạm thời không sẵn sàng.')));
    const client = createLienThongClient({ baseUrl: '', fetch: refused.fetch, retryBaseDelayMs: 1 });
    await expect(client.updateOrg({ id: 'o1', ifMatch: 1, body: { name: 'Tên mới' } })).rejects.toMatchObject({ status: 503 });
    expect(refused.seen).toHaveLength(1);

    const limited = scriptedFetch(json(429, envelope('COMMON.RATE_LIMITED', 'x'), { 'Retry-After': '0' }), json(200, { id: 'o1' }));
    const again = createLienThongClient({ baseUrl: '', fetch: limited.fetch });
    await expect(again.updateOrg({ id: 'o1', ifMatch: 1, body: { name: 'Tên mới' } })).resolves.toEqual({ id: 'o1' });
    expect(limited.seen).toHaveLength(2);
  });

  it('does not wait for a Retry-After longer than the longest wait: the 429 comes back with its seconds', async () => {
    const { fetch, seen } = scriptedFetch(json(429, envelope('AUTH.LOGIN_LOCKED', 'Tạm khóa đăng nhập.'), { 'Retry-After': '900' }));
    const client = createLienThongClient({ baseUrl: '', fetch });
    const error = await client.login({ body: { username: 'admin', password: 'sai' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LienThongApiError);
    expect(error).toMatchObject({ status: 429, code: 'AUTH.LOGIN_LOCKED', retryAfterSeconds: 900, operationId: 'login' });
    expect(seen).toHaveLength(1);
  });

  it('parses the error envelope: status, code, message, field details, correlation id', async () => {
    const details = [
      { field: 'name', code: 'length', message: 'Tên: phải có từ 2 đến 255 ký tự' },
      { field: 'name', code: 'isString', message: 'Tên: phải là chuỗi' },
      { field: 'validFrom', code: 'isPartyDate', message: 'Ngày thành lập: không hợp lệ' },
    ];
    const { fetch } = scriptedFetch(json(400, envelope('COMMON.VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', { details })));
    const error = await createLienThongClient({ baseUrl: '', fetch }).createOrg({ body: NEW_ORG }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LienThongApiError);
    const apiError = error as LienThongApiError;
    expect([apiError.status, apiError.code, apiError.message, apiError.correlationId]).toEqual([400, 'COMMON.VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'corr-1']);
    expect(apiError.fieldErrors()).toEqual({ name: 'Tên: phải có từ 2 đến 255 ký tự', validFrom: 'Ngày thành lập: không hợp lệ' });
  });

  it('still gives a typed error when a proxy answers with its own page', async () => {
    const { fetch } = scriptedFetch(new Response('<html>Bad Gateway</html>', { status: 502 }));
    const error = await createLienThongClient({ baseUrl: '', fetch, retries: 0, language: 'en' }).listOrgs().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'COMMON.SERVICE_UNAVAILABLE', message: 'The server answered HTTP 502.', details: [] });
  });

  it('ends with a LienThongNetworkError when the gateway cannot be reached', async () => {
    const { fetch, seen } = scriptedFetch(new TypeError('fetch failed'), new TypeError('fetch failed'));
    const error = await createLienThongClient({ baseUrl: 'http://gw', fetch, retries: 1, retryBaseDelayMs: 1 }).listOrgs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LienThongNetworkError);
    expect((error as Error).message).toBe('listOrgs: no answer from http://gw (fetch failed)');
    expect(seen).toHaveLength(2);
  });

  it('refreshes once for concurrent 401s and repeats each call with the new token', async () => {
    let token = 'old';
    let refreshes = 0;
    const answer = (r: SeenRequest) => (r.headers['Authorization'] === 'Bearer new' ? json(200, ORG_PAGE) : json(401, envelope('AUTH.TOKEN_INVALID', 'x')));
    const { fetch, seen } = scriptedFetch(answer, answer, answer, answer);
    const client = createLienThongClient({
      baseUrl: '',
      fetch,
      getAccessToken: () => token,
      onUnauthorized: async () => {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        token = 'new';
        return true;
      },
    });
    await expect(Promise.all([client.listOrgs(), client.getMe()])).resolves.toEqual([ORG_PAGE, ORG_PAGE]);
    expect(refreshes).toBe(1);
    expect(seen.map((r) => r.headers['Authorization'])).toEqual(['Bearer old', 'Bearer old', 'Bearer new', 'Bearer new']);
  });

  it('lets the 401 through when the refresh fails, and never refreshes for a public call', async () => {
    const onUnauthorized = jest.fn(async () => false);
    const { fetch } = scriptedFetch(json(401, envelope('AUTH.TOKEN_INVALID', 'x')), json(401, envelope('AUTH.REFRESH_TOKEN_INVALID', 'y')));
    const client = createLienThongClient({ baseUrl: '', fetch, getAccessToken: () => 't', onUnauthorized });
    await expect(client.getMe()).rejects.toMatchObject({ status: 401, code: 'AUTH.TOKEN_INVALID' });
    await expect(client.refreshSession({ body: { refreshToken: 'r' } })).rejects.toMatchObject({ code: 'AUTH.REFRESH_TOKEN_INVALID' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('resolves a 204 with nothing, and stops retrying when the caller aborts', async () => {
    const { fetch } = scriptedFetch(new Response(null, { status: 204 }));
    await expect(createLienThongClient({ baseUrl: '', fetch }).logout({ body: { refreshToken: 'r' } })).resolves.toBeUndefined();

    const controller = new AbortController();
    const failing = scriptedFetch(json(503, envelope('COMMON.SERVICE_UNAVAILABLE', 'x')));
    const client = createLienThongClient({ baseUrl: '', fetch: failing.fetch, retryBaseDelayMs: 10_000 });
    const call = client.listOrgs(undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(call).rejects.toThrow();
    expect(failing.seen).toHaveLength(1);
  });
});
