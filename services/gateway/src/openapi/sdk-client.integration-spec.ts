import { InProcessTransport } from '@lienthong/platform';
import { createLienThongClient, LienThongApiError, type LienThongClient, type OrgResponseDto } from '@lienthong/sdk';
import { createTestDatabase, TEST_AUTH_CONTEXT_KEY, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeMembersResponder } from '../testing/fake-members.responder';
import { startTestGateway, TEST_ADMIN_PASSWORD, type TestGateway } from '../testing/test-gateway';

interface ProxiedRequest {
  method: string;
  url: string;
  idempotencyKey: string | undefined;
}

/**
 * A proxy in front of the gateway that forwards everything and, when told, cuts the connection
 * after the gateway answered a request — the answer is lost on the way, as on a flaky provincial link.
 */
class LossyProxy {
  readonly seen: ProxiedRequest[] = [];
  private dropNext: ((req: IncomingMessage) => boolean) | undefined;
  private readonly server: Server;

  constructor(private readonly target: string) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void (async () => {
          const key = req.headers['idempotency-key'];
          this.seen.push({ method: req.method ?? '', url: req.url ?? '', idempotencyKey: typeof key === 'string' ? key : undefined });
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
          const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
          const answer = await fetch(`${this.target}${req.url ?? ''}`, { method: req.method, headers, body });
          const text = await answer.text();
          if (this.dropNext?.(req)) {
            this.dropNext = undefined;
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'transfer-encoding', 'connection'].includes(name))));
          res.end(text);
        })();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next request that matches reaches the gateway, but its answer never reaches the caller. */
  loseAnswerOf(match: (req: IncomingMessage) => boolean): void {
    this.dropNext = match;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('@lienthong/sdk against the real gateway', () => {
  let db: TestDatabase;
  let transport: InProcessTransport;
  let members: FakeMembersResponder;
  let gateway: TestGateway;
  let proxy: LossyProxy;
  let proxyUrl: string;
  let accessToken: string | undefined;
  let refreshToken: string | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_sdk');
    transport = new InProcessTransport();
    members = new FakeMembersResponder(transport, TEST_AUTH_CONTEXT_KEY).start();
    gateway = await startTestGateway(db.url, transport, TEST_AUTH_CONTEXT_KEY);
    proxy = new LossyProxy(gateway.url);
    proxyUrl = await proxy.start();
    const pair = await signedInClient().login({ body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    [accessToken, refreshToken] = [pair.accessToken, pair.refreshToken];
  });

  afterAll(async () => {
    await proxy?.stop();
    await gateway?.close();
    await members?.stop();
    await transport?.close();
    await db?.drop();
  });

  /** A client as the SPA makes one: tokens held by the app, refreshed through the SDK on 401. */
  function signedInClient(options: { baseUrl?: string; language?: 'vi' | 'en' } = {}): LienThongClient {
    const client: LienThongClient = createLienThongClient({
      baseUrl: options.baseUrl ?? gateway.url,
      language: options.language ?? 'vi',
      retryBaseDelayMs: 20,
      getAccessToken: () => accessToken,
      onUnauthorized: async () => {
        if (!refreshToken) return false;
        const pair = await client.refreshSession({ body: { refreshToken } });
        [accessToken, refreshToken] = [pair.accessToken, pair.refreshToken];
        return true;
      },
    });
    return client;
  }

  const uniqueShort = () => `S${randomUUID().slice(0, 8).toUpperCase()}`;

  async function createOrg(client: LienThongClient, parentId: string | null, name: string): Promise<OrgResponseDto> {
    const kind = parentId === null ? 'dang-bo-truc-thuoc-tw' : 'chi-bo-co-so';
    return client.createOrg({ body: { parentId, name, shortName: uniqueShort(), kind, validFrom: '2026-01-15' } });
  }

  it('signs in, reads who it is, and refreshes quietly when the access token no longer works', async () => {
    const client = signedInClient();
    const pair = await client.login({ body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
    expect(pair).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    [accessToken, refreshToken] = [pair.accessToken, pair.refreshToken];
    await expect(client.getMe()).resolves.toMatchObject({ username: 'admin', scopeOrgId: null });

    accessToken = 'not-a-token';
    await expect(client.getMe()).resolves.toMatchObject({ username: 'admin' });
    expect(accessToken).not.toBe('not-a-token');
    expect(refreshToken).not.toBe(pair.refreshToken);
  });

  it('pages through children with keyset cursors until nextCursor is null', async () => {
    const client = signedInClient();
    const root = await createOrg(client, null, 'Đảng bộ Phân trang SDK');
    const names = ['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3', 'Chi bộ 4', 'Chi bộ 5'];
    for (const name of names) await createOrg(client, root.id, name);

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listOrgs({ parentId: root.id, limit: 2, cursor });
      pages.push(page.items.map((org) => org.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(pages).toEqual([['Chi bộ 1', 'Chi bộ 2'], ['Chi bộ 3', 'Chi bộ 4'], ['Chi bộ 5']]);

    const children = await client.listOrgChildren({ id: root.id, limit: 200 });
    expect(children).toEqual({ items: expect.any(Array), nextCursor: null });
    expect(children.items).toHaveLength(5);
  });

  it('turns a refused request into LienThongApiError with the fields and messages in the chosen language', async () => {
    const vi = signedInClient();
    const invalid = { parentId: 'không-phải-uuid', name: 'X', shortName: uniqueShort(), kind: 'chi-bo-co-so' as const, validFrom: '2026-01-15' };
    const error = await vi.createOrg({ body: invalid }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LienThongApiError);
    const refused = error as LienThongApiError;
    expect([refused.status, refused.code]).toEqual([400, 'COMMON.VALIDATION_FAILED']);
    expect(refused.correlationId).toEqual(expect.any(String));
    expect(Object.keys(refused.fieldErrors()).sort()).toEqual(['name', 'parentId']);
    expect(refused.fieldErrors()['parentId']).toMatch(/UUID/);

    // A domain rule (the password policy) refuses it: 422, one detail per broken rule, in English here.
    const weak = await signedInClient({ language: 'en' })
      .changePassword({ body: { currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'aaaaaaaaaaaa' } })
      .catch((e: unknown) => e);
    expect(weak).toBeInstanceOf(LienThongApiError);
    expect(weak).toMatchObject({ status: 422, code: 'AUTH.PASSWORD_TOO_WEAK' });
    const details = (weak as LienThongApiError).details;
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((d) => d.field === 'newPassword' && d.message.length > 0)).toBe(true);
    expect(Object.keys((weak as LienThongApiError).fieldErrors())).toEqual(['newPassword']);
    const sameInVietnamese = (await signedInClient()
      .changePassword({ body: { currentPassword: TEST_ADMIN_PASSWORD, newPassword: 'aaaaaaaaaaaa' } })
      .catch((e: unknown) => e)) as LienThongApiError;
    expect(sameInVietnamese.code).toBe('AUTH.PASSWORD_TOO_WEAK');
    expect(sameInVietnamese.message).not.toBe((weak as LienThongApiError).message);
    expect(sameInVietnamese.message).toMatch(/[ạảãàáâăđêôơưếệốộứờ]/);
  });

  it('retries a POST whose answer was lost with the same Idempotency-Key: one org, not two', async () => {
    const client = signedInClient({ baseUrl: proxyUrl });
    const root = await createOrg(signedInClient(), null, 'Đảng bộ Thử lại SDK');
    proxy.seen.length = 0;
    proxy.loseAnswerOf((req) => req.method === 'POST' && req.url === '/api/v1/orgs');

    const created = await createOrg(client, root.id, 'Chi bộ Đường truyền chập chờn');

    const posts = proxy.seen.filter((r) => r.method === 'POST' && r.url === '/api/v1/orgs');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.idempotencyKey).toEqual(expect.any(String));
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
    const children = await signedInClient().listOrgChildren({ id: root.id });
    expect(children.items.map((org) => org.id)).toEqual([created.id]);
  });
});
