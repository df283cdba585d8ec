import { JsonLogger } from '@lienthong/platform';
import { deleteTestStreams, scaledMs, testEnv } from '@lienthong/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { verifyWebhookSignature } from '@lienthong/sdk/webhooks';
import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';
import { WebhookReceiver } from './support/webhook-receiver';

interface OrgBody {
  id: string;
  version: number;
}
interface Change {
  type: string;
  id: string;
  version: number;
  action: string;
  occurredAt: string;
}
interface ChangePage {
  items: Change[];
  nextCursor: string;
}
interface Delivery {
  id: string;
  status: string;
  attempts: number;
  recordVersion: number;
  replayOf: string | null;
}

/**
 * Issue 5 §4 as a subordinate's system meets it: the change feed from a cursor within its
 * subtree, and signed webhooks to a receiver on 127.0.0.1 (down, then up; replay; disabled
 * after persistent failure; SSRF guard), over the real members service, NATS and PostgreSQL.
 */
// Each test waits on the feed and on deliveries with generous ceilings (see `until`).
jest.setTimeout(scaledMs(180_000));

describe('change feed and webhooks (e2e)', () => {
  const subjectPrefix = `${testEnv.runId()}-changes-${randomBytes(3).toString('hex')}`.toLowerCase();
  let e2e: E2eSystem;
  let admin: Record<string, string>;
  let root: OrgBody;
  let a: OrgBody;
  let b: OrgBody;
  let a1: OrgBody;
  let clientA: Record<string, string>;
  let clientB: Record<string, string>;
  let readOnlyA: Record<string, string>;
  // The system's warnings and the webhook worker's lines, kept for a failure's explanation (not printed otherwise).
  const logLines: string[] = [];
  const keepLine = (line: string) => {
    if (/"level":"(warn|error)"|webhook/i.test(line)) logLines.push(line.slice(0, 600));
    if (logLines.length > 200) logLines.shift();
  };

  beforeAll(async () => {
    e2e = await startE2eSystem('changes', {
      subjectPrefix,
      logger: new JsonLogger({ app: 'e2e-changes' }, 'info', keepLine),
      gateway: {
        webhooks: { allowLoopbackHttp: true, pollMs: 50, backoffBaseMs: 100, backoffMaxMs: 1_000, timeoutMs: 2_000, maxAttempts: 50, disableAfterFailures: 6, disableAfterMs: 0 },
      },
    });
    admin = bearer(e2e.token);
    root = await createOrg({ parentId: null, name: 'Đảng bộ Tỉnh Hà Nam', shortName: 'ĐBHN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-03-01' });
    a = await createOrg({ parentId: root.id, name: 'Đảng bộ Sở Tài chính', shortName: 'STC', kind: 'dang-bo-co-so', validFrom: '2025-03-01' });
    b = await createOrg({ parentId: root.id, name: 'Đảng bộ Sở Xây dựng', shortName: 'SXD', kind: 'dang-bo-co-so', validFrom: '2025-03-01' });
    a1 = await createOrg({ parentId: a.id, name: 'Chi bộ Phòng Ngân sách', shortName: 'NS', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
    clientA = await clientToken(a.id, ['members:read', 'webhooks:manage']);
    clientB = await clientToken(b.id, ['members:read', 'webhooks:manage']);
    readOnlyA = await clientToken(a.id, ['members:read']);
    await until(async () => (await readAll(admin)).items.filter((c) => [root.id, a.id, b.id, a1.id].includes(c.id)).length === 4, 'the four creations in the feed');
  });

  afterAll(async () => {
    await e2e?.close();
    await deleteTestStreams(subjectPrefix);
  });

  async function createOrg(body: object): Promise<OrgBody> {
    const res = await e2e.http().post('/api/v1/orgs').set(admin).send(body);
    expect(res.status).toBe(201);
    return res.body as OrgBody;
  }

  async function renameOrg(org: OrgBody, name: string): Promise<OrgBody> {
    const res = await e2e.http().patch(`/api/v1/orgs/${org.id}`).set(admin).set('If-Match', `"${org.version}"`).send({ name });
    expect(res.status).toBe(200);
    return res.body as OrgBody;
  }

  async function clientToken(orgId: string, permissions: string[]): Promise<Record<string, string>> {
    const registered = await e2e.http().post('/api/v1/api-clients').set(admin).send({ name: `Hệ thống ${permissions.join(' ')}`, orgId, permissions }).expect(201);
    const { client, clientSecret } = registered.body as { client: { clientId: string }; clientSecret: string };
    const issued = await e2e.http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret }).expect(200);
    return bearer((issued.body as { access_token: string }).access_token);
  }

  async function page(auth: Record<string, string>, query: Record<string, string | number>): Promise<ChangePage> {
    const res = await e2e.http().get('/api/v1/changes').query(query).set(auth);
    expect(res.status).toBe(200);
    return res.body as ChangePage;
  }

  /** Reads the feed to its end from `since`, `limit` at a time. */
  async function readAll(auth: Record<string, string>, since?: string, limit = 200): Promise<ChangePage & { pages: number }> {
    const items: Change[] = [];
    let cursor = since;
    for (let pages = 1; ; pages++) {
      const p = await page(auth, { limit, ...(cursor ? { since: cursor } : {}) });
      items.push(...p.items);
      if (p.items.length < limit) return { items, nextCursor: p.nextCursor, pages };
      cursor = p.nextCursor;
    }
  }

  it('lists creations and a move from a cursor, in order and paged, only within the caller’s subtree', async () => {
    const first = await readAll(clientA, undefined, 1);
    expect(first.items.map((c) => [c.type, c.id, c.version, c.action])).toEqual([
      ['org', a.id, 1, 'created'],
      ['org', a1.id, 1, 'created'],
    ]);
    expect(first.pages).toBe(3);
    const startB = await readAll(clientB);
    expect(startB.items.map((c) => c.id)).toEqual([b.id]);

    const moved = await e2e.http().post(`/api/v1/orgs/${a1.id}/move`).set(admin).set('If-Match', `"${a1.version}"`).send({ newParentId: b.id }).expect(200);
    await renameOrg(moved.body as OrgBody, 'Chi bộ Phòng Ngân sách (mới)');
    await until(async () => (await readAll(clientB, startB.nextCursor)).items.length === 2, 'move and rename in B’s feed');

    // B sees the move in and the rename; A sees the move out (its old scope) but not the rename after it.
    expect((await readAll(clientB, startB.nextCursor)).items.map((c) => [c.id, c.version, c.action])).toEqual([
      [a1.id, 2, 'moved'],
      [a1.id, 3, 'updated'],
    ]);
    const afterA = await readAll(clientA, first.nextCursor);
    expect(afterA.items.map((c) => [c.id, c.version, c.action])).toEqual([[a1.id, 2, 'moved']]);
    expect(Object.keys(afterA.items[0]).sort()).toEqual(['action', 'id', 'occurredAt', 'type', 'version']);
    // An empty page keeps the position: reading on from it gives nothing new.
    expect((await page(clientA, { since: afterA.nextCursor })).items).toEqual([]);
  });

  it('lists a member’s creation to its org’s subtree, and its transfer to both the old and the new one', async () => {
    const fromA = (await readAll(clientA)).nextCursor;
    const fromB = (await readAll(clientB)).nextCursor;
    const chiBoA = await createOrg({ parentId: a.id, name: 'Chi bộ Phòng Kế toán', shortName: 'KT', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
    const chiBoB = await createOrg({ parentId: b.id, name: 'Chi bộ Phòng Quy hoạch', shortName: 'QH', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
    const created = await e2e
      .http()
      .post('/api/v1/members')
      .set(admin)
      .send({
        orgId: chiBoA.id,
        fullName: 'Trần Thị Hồng Nhung',
        sex: 'female',
        dateOfBirth: '1988-09-02',
        citizenId: `0350${String(Date.now()).slice(-8)}`,
        status: 'official',
        periods: [{ admissionDecisionDate: '2012-05-15', ceremonyDate: '2012-06-01', recognitionDate: '2013-06-01' }],
      });
    expect(created.status).toBe(201);
    const member = created.body as OrgBody;
    await e2e.http().post(`/api/v1/members/${member.id}/transfers`).set(admin).set('If-Match', `"${member.version}"`).send({ toOrgId: chiBoB.id, kind: 'official', effectiveOn: '2026-11-01' }).expect(200);
    await until(async () => (await readAll(clientB, fromB)).items.some((c) => c.type === 'member'), 'the transfer in B’s feed');

    const memberChanges = (page: Change[]) => page.filter((c) => c.type === 'member').map((c) => [c.id, c.version, c.action]);
    expect(memberChanges((await readAll(clientA, fromA)).items)).toEqual([
      [member.id, 1, 'created'],
      [member.id, 2, 'transferred'],
    ]);
    expect(memberChanges((await readAll(clientB, fromB)).items)).toEqual([[member.id, 2, 'transferred']]);
    expect((await page(clientB, { since: fromB, types: 'org' })).items.map((c) => c.id)).toEqual([chiBoB.id]);
  });

  it('delivers signed webhooks once each and in order per record after the receiver comes back; a sibling’s webhook gets nothing; replay', async () => {
    const receiverA = new WebhookReceiver();
    const receiverB = new WebhookReceiver();
    try {
      const hookA = await registerWebhook(clientA, await receiverA.start(), ['org.*']);
      await registerWebhook(clientB, await receiverB.start(), ['org.*']);
      // Down for the first three attempts (whatever the machine's speed), then up.
      receiverA.failNext = 3;

      let a2 = await createOrg({ parentId: a.id, name: 'Chi bộ Phòng Thuế', shortName: 'TH', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
      a2 = await renameOrg(a2, 'Chi bộ Phòng Thuế và Phí');
      await renameOrg(a2, 'Chi bộ Phòng Thuế, Phí và Lệ phí');
      await until(async () => receiverA.accepted().length >= 3, 'three deliveries after the receiver is up', 45_000, () => deliveryState(hookA.id, a2.id, receiverA));
      await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more should come

      const accepted = receiverA.accepted();
      const bodies = accepted.map((r) => JSON.parse(r.body) as Change);
      expect(bodies.map((c) => [c.type, c.id, c.version, c.action])).toEqual([
        ['org', a2.id, 1, 'created'],
        ['org', a2.id, 2, 'updated'],
        ['org', a2.id, 3, 'updated'],
      ]);
      expect(new Set(accepted.map((r) => r.headers['x-lienthong-delivery'])).size).toBe(3);
      expect(accepted.map((r) => r.headers['x-lienthong-event'])).toEqual(['org.created', 'org.updated', 'org.updated']);
      // Nothing of a later version was sent before the earlier one had succeeded.
      const firstOk = receiverA.received.findIndex((r) => r.answered === 200);
      expect(firstOk).toBe(3);
      expect(receiverA.received.slice(0, firstOk).map((r) => (JSON.parse(r.body) as Change).version)).toEqual([1, 1, 1]);

      for (const r of accepted) {
        const header = r.headers['x-lienthong-signature'] as string;
        expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
        expect(verifyWebhookSignature(r.body, header, hookA.secret)).toBe(true);
        expect(verifyWebhookSignature(r.body.replace('"version":', '"version": '), header, hookA.secret)).toBe(false);
        expect(verifyWebhookSignature(r.body, header, 'whsec_another')).toBe(false);
      }
      expect(receiverB.received.filter((r) => r.body.includes(a2.id))).toEqual([]);

      const log = await e2e.http().get(`/api/v1/webhooks/${hookA.id}/deliveries`).set(clientA).expect(200);
      const deliveries = (log.body as { items: Delivery[] }).items;
      expect(deliveries.map((d) => d.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
      expect(deliveries.map((d) => d.attempts)).toEqual([1, 1, 4]);
      // Paged two at a time: the cursor is the last delivery's id, and the last page has none.
      const firstTwo = (await e2e.http().get(`/api/v1/webhooks/${hookA.id}/deliveries?limit=2`).set(clientA).expect(200)).body as { items: Delivery[]; nextCursor: string | null };
      expect([firstTwo.items.map((d) => d.id), firstTwo.nextCursor]).toEqual([deliveries.slice(0, 2).map((d) => d.id), deliveries[1].id]);
      const rest = (await e2e.http().get(`/api/v1/webhooks/${hookA.id}/deliveries?limit=2&cursor=${firstTwo.nextCursor}`).set(clientA).expect(200)).body as { items: Delivery[]; nextCursor: string | null };
      expect([rest.items.map((d) => d.id), rest.nextCursor]).toEqual([[deliveries[2].id], null]);

      const replayed = await e2e.http().post(`/api/v1/webhooks/${hookA.id}/deliveries/${deliveries[0].id}/replay`).set(clientA).expect(202);
      expect((replayed.body as Delivery).replayOf).toBe(deliveries[0].id);
      await until(async () => receiverA.accepted().length === 4, 'the replay');
      expect(receiverA.accepted()[3].body).toBe(accepted[2].body);
      expect(receiverA.accepted()[3].headers['x-lienthong-delivery']).toBe((replayed.body as Delivery).id);

      // Another owner's webhook does not exist for B; a bad delivery id is 404 too.
      expectEnvelope((await e2e.http().get(`/api/v1/webhooks/${hookA.id}`).set(clientB).expect(404)).body, 'WEBHOOKS.WEBHOOK_NOT_FOUND');
      const missing = await e2e.http().post(`/api/v1/webhooks/${hookA.id}/deliveries/${hookA.id}/replay`).set(clientA).expect(404);
      expectEnvelope(missing.body, 'WEBHOOKS.DELIVERY_NOT_FOUND');
    } finally {
      await receiverA.stop();
      await receiverB.stop();
    }
  });

  it('disables a webhook after persistent failure, with the reason on it and an audit entry', async () => {
    const receiver = new WebhookReceiver();
    receiver.status = 500;
    try {
      const hook = await registerWebhook(clientA, await receiver.start(), ['org.created']);
      await createOrg({ parentId: a.id, name: 'Chi bộ Phòng Hành chính', shortName: 'HC', kind: 'chi-bo-truc-thuoc', validFrom: '2025-03-01' });
      await until(async () => {
        const res = await e2e.http().get(`/api/v1/webhooks/${hook.id}`).set(clientA).expect(200);
        return (res.body as { status: string }).status === 'disabled';
      }, 'the webhook disabled', 15_000);
      const res = await e2e.http().get(`/api/v1/webhooks/${hook.id}`).set(clientA).expect(200);
      expect(res.body).toMatchObject({ status: 'disabled', disabledReason: 'persistent-failure', consecutiveFailures: 6 });
      const attempts = receiver.received.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(receiver.received.length).toBe(attempts);
      await until(async () => (await gatewayRows(`SELECT 1 FROM audit_event WHERE action = 'webhook.disabled' AND target_id = $1`, [hook.id])).length === 1, 'the audit entry');

      receiver.status = 200;
      await e2e.http().patch(`/api/v1/webhooks/${hook.id}`).set(clientA).send({ status: 'active' }).expect(200);
      await until(async () => receiver.accepted().length === 1, 'delivery after re-enabling');
    } finally {
      await receiver.stop();
    }
  });

  it('refuses private-network and non-https targets, bad inputs, a caller without the permission, and an expired cursor', async () => {
    const refused: [string, string][] = [
      ['http://169.254.169.254/latest/meta-data/', 'urlNotHttps'],
      ['https://169.254.169.254/latest/meta-data/', 'urlPrivateTarget'],
      ['https://10.0.0.5/hook', 'urlPrivateTarget'],
      ['https://192.168.1.1/hook', 'urlPrivateTarget'],
      ['https://[::ffff:127.0.0.1]/hook', 'urlPrivateTarget'],
      ['https://[fd00::1]/hook', 'urlPrivateTarget'],
      ['https://localhost/hook', 'urlPrivateTarget'],
      ['http://example.org/hook', 'urlNotHttps'],
      ['https://user:pass@example.org/hook', 'urlHasCredentials'],
      ['ftp://example.org/hook', 'urlNotHttps'],
      ['không phải URL', 'isUrl'],
    ];
    for (const [url, code] of refused) {
      const res = await e2e.http().post('/api/v1/webhooks').set(clientA).set('Accept-Language', 'vi').send({ url, eventTypes: ['org.*'] });
      expect([url, res.status]).toEqual([url, 400]);
      expect(expectEnvelope(res.body, 'COMMON.VALIDATION_FAILED').details).toEqual([expect.objectContaining({ field: 'url', code })]);
    }
    const bad = async (body: object, field: string) => {
      const res = await e2e.http().post('/api/v1/webhooks').set(clientA).send(body).expect(400);
      expect(expectEnvelope(res.body, 'COMMON.VALIDATION_FAILED').details?.map((d) => d.field)).toContain(field);
    };
    await bad({ url: 'https://example.org/hook', eventTypes: ['org.deleted'] }, 'eventTypes');
    await bad({ url: 'https://example.org/hook', eventTypes: [] }, 'eventTypes');
    await bad({ url: 'https://example.org/hook', eventTypes: ['org.*'], secret: 'mine' }, 'secret');
    expectEnvelope((await e2e.http().post('/api/v1/webhooks').set(readOnlyA).send({ url: 'https://example.org/hook', eventTypes: ['org.*'] }).expect(403)).body, 'COMMON.FORBIDDEN');
    expectEnvelope((await e2e.http().get('/api/v1/webhooks/not-a-uuid').set(clientA).expect(400)).body, 'COMMON.VALIDATION_FAILED');

    for (const query of [{ since: 'garbage' }, { types: 'org,document' }, { limit: 0 }, { limit: 201 }]) {
      expectEnvelope((await e2e.http().get('/api/v1/changes').query(query).set(clientA).expect(400)).body, 'COMMON.VALIDATION_FAILED');
    }
    await e2e.http().get('/api/v1/changes').expect(401);

    const start = await page(admin, { limit: 1 });
    const horizon = await gatewayRows('SELECT purged_through FROM change_log_horizon');
    await gatewayRows('UPDATE change_log_horizon SET purged_through = (SELECT max(seq) FROM change_log)');
    try {
      const gone = await e2e.http().get('/api/v1/changes').query({ since: start.nextCursor }).set(admin).set('Accept-Language', 'en').expect(410);
      expectEnvelope(gone.body, 'CHANGES.CURSOR_EXPIRED');
      expect((await page(admin, {})).items).toEqual([]);
    } finally {
      await gatewayRows('UPDATE change_log_horizon SET purged_through = $1', [(horizon[0] as { purged_through: string }).purged_through]);
    }
  });

  async function registerWebhook(auth: Record<string, string>, url: string, eventTypes: string[]): Promise<{ id: string; secret: string }> {
    const res = await e2e.http().post('/api/v1/webhooks').set(auth).send({ url, eventTypes, description: 'Đồng bộ tổ chức đảng' });
    expect(res.status).toBe(201);
    const body = res.body as { webhook: { id: string }; secret: string };
    expect(body.secret).toMatch(/^whsec_/);
    const read = await e2e.http().get(`/api/v1/webhooks/${body.webhook.id}`).set(auth).expect(200);
    expect(JSON.stringify(read.body)).not.toContain(body.secret);
    return { id: body.webhook.id, secret: body.secret };
  }

  /** What the gateway held for a webhook and a record when a wait ran out: the change log, the deliveries, the consumer's dead letters, what the receiver got. */
  async function deliveryState(webhookId: string, recordId: string, receiver: WebhookReceiver): Promise<string> {
    const state = {
      webhook: await gatewayRows('SELECT status, last_seq, consecutive_failures, disabled_reason FROM webhook WHERE id = $1', [webhookId]),
      changeLog: await gatewayRows('SELECT seq, version, action, owner_path, recorded_at FROM change_log WHERE record_id = $1 ORDER BY seq', [recordId]),
      maxSeq: await gatewayRows('SELECT max(seq) FROM change_log'),
      deliveries: await gatewayRows(
        'SELECT record_version, change_seq, status, attempts, last_status_code, last_error, next_attempt_at, leased_until FROM webhook_delivery WHERE webhook_id = $1 ORDER BY change_seq',
        [webhookId],
      ),
      deadLetters: await gatewayRows('SELECT consumer_group, event_type, reason, attempts, last_error FROM dead_letter'),
      received: receiver.received.map((r) => ({ answered: r.answered, attempt: r.headers['x-lienthong-attempt'], body: r.body })),
      log: logLines.slice(-60),
      now: new Date().toISOString(),
    };
    return JSON.stringify(state, null, 1);
  }

  async function gatewayRows(sql: string, params: unknown[] = []): Promise<unknown[]> {
    const client = new Client({ connectionString: e2e.system.databases.gateway });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }
});

/**
 * Polls until `check`; the ceiling only turns a hang into a message (a fact the feed takes before
 * its org reaches the replica is retried with backoff). `explain` adds what the system held then.
 */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 45_000, explain?: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + scaledMs(timeoutMs);
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${explain ? `\n${await explain().catch((e: unknown) => String(e))}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
