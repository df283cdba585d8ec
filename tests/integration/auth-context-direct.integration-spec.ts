import { SUBJECTS } from '@lienthong/contracts';
import {
  Ed25519AuthContextSigner,
  encodeJson,
  NatsTransport,
  parseSigningKey,
  RPC_HEADERS,
  systemClaims,
  type RpcTransport,
  type UnsignedClaims,
} from '@lienthong/platform';
import { startSystem, SYSTEM_SERVICES, type RunningSystem } from '@lienthong/standalone';
import {
  dropTestDatabases,
  NatsServerProcess,
  natsServerBinary,
  quietLogger,
  TEST_AUTH_CONTEXT_KEY,
  testDatabasePrefix,
  testEnv,
} from '@lienthong/testing';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Every message handler of every service, called straight over the bus (as anyone who can
 * reach NATS could), refuses a context that the gateway did not sign or that is stale, with
 * AUTH.CONTEXT_INVALID, and writes nothing. Subjects come from each service's RpcServer
 * registry, so a new handler is covered without touching this file.
 */
// The run's NATS, else a nats-server of this file's own: the point is the real bus.
const maybe = testEnv.natsUrl() || natsServerBinary() || process.env.REQUIRE_NATS === '1' ? describe : describe.skip;
const label = 'authctx';
const databasePrefix = testDatabasePrefix(label);
const subjectPrefix = `${testEnv.runId()}-${label}-${randomBytes(3).toString('hex')}`.toLowerCase();

const real = new Ed25519AuthContextSigner(parseSigningKey(TEST_AUTH_CONTEXT_KEY.privateKey));
const kid = parseSigningKey(TEST_AUTH_CONTEXT_KEY.privateKey).kid;
/** A forger's own Ed25519 key, presented under the real key id. */
const forger = new Ed25519AuthContextSigner({ kid, key: generateKeyPairSync('ed25519').privateKey });
const stale = new Ed25519AuthContextSigner(parseSigningKey(TEST_AUTH_CONTEXT_KEY.privateKey), () => Date.now() - 10 * 60_000);
const officer = (): UnsignedClaims => ({
  actor: { type: 'user', id: randomUUID(), name: 'Cán bộ văn phòng' },
  roles: ['office'],
  permissions: ['documents:read'],
  scopeOrgId: randomUUID(),
  clearance: 0,
});
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The refused contexts; each would be the most powerful actor if accepted. */
const badContexts: [string, () => string | undefined][] = [
  ['no context', () => undefined],
  ['a context signed by another key under the real key id', () => forger.sign(systemClaims('forger'))],
  ['an expired context', () => stale.sign(systemClaims('members'))],
  [
    'an officer context whose claims were edited after signing (system actor, wildcard)',
    () => {
      const [header, , signature] = real.sign(officer()).split('.');
      const now = Math.floor(Date.now() / 1000);
      return `${header}.${b64({ ...systemClaims('members'), iat: now, exp: now + 60 })}.${signature}`;
    },
  ],
  [
    'an unsigned system claim (alg none)',
    () => {
      const now = Math.floor(Date.now() / 1000);
      return `${b64({ alg: 'none', typ: 'lt-auth-context', kid })}.${b64({ ...systemClaims('members'), iat: now, exp: now + 60 })}.`;
    },
  ],
];

/** A valid org for members' create: what a forged request would try to write. */
const newOrg = () => ({ parentId: null, kind: 'dang-bo-truc-thuoc-tw', name: 'Đảng bộ giả mạo', shortName: `GM${randomBytes(2).toString('hex')}`, validFrom: '2025-02-03' });

maybe('a message sent straight to a service over NATS', () => {
  let ownNats: NatsServerProcess | undefined;
  let system: RunningSystem;
  let transport: RpcTransport;
  const served: [string, string][] = [];

  beforeAll(async () => {
    let natsUrl = testEnv.natsUrl();
    if (!natsUrl) {
      ownNats = await NatsServerProcess.start();
      natsUrl = ownNats.url;
    }
    system = await startSystem({
      transport: 'nats',
      natsUrl,
      subjectPrefix,
      pgAdminUrl: testEnv.pgAdminUrl(),
      databasePrefix,
      port: 0,
      seedDemo: false,
      events: false,
      authContextKeys: TEST_AUTH_CONTEXT_KEY,
      logger: quietLogger(),
    });
    transport = await NatsTransport.connect({ servers: natsUrl, name: 'auth-context-test', subjectPrefix, logger: quietLogger() });
    for (const name of SYSTEM_SERVICES) for (const subject of system.services[name]?.subjects() ?? []) served.push([name, subject]);
  });

  afterAll(async () => {
    await transport?.close();
    await system?.close();
    await ownNats?.stop();
    await dropTestDatabases(databasePrefix);
  });

  const call = async (subject: string, payload: object, authToken: string | undefined): Promise<{ ok: boolean; error?: { code: string } }> => {
    const headers: Record<string, string> = { [RPC_HEADERS.correlationId]: randomUUID(), [RPC_HEADERS.language]: 'vi' };
    if (authToken !== undefined) headers[RPC_HEADERS.auth] = authToken;
    const reply = await transport.request(subject, encodeJson(payload), { timeoutMs: 5_000, headers });
    return JSON.parse(Buffer.from(reply.data).toString('utf8')) as { ok: boolean; error?: { code: string } };
  };

  it('finds every handler of every service in the registries', () => {
    const byService = Object.fromEntries(SYSTEM_SERVICES.map((s) => [s, served.filter(([n]) => n === s).length]));
    process.stdout.write(`[auth context over NATS] ${served.length} subjects: ${JSON.stringify(byService)}\n`);
    for (const name of SYSTEM_SERVICES) expect(byService[name]).toBeGreaterThan(0);
    expect(served.map(([, s]) => s)).toEqual(expect.arrayContaining([SUBJECTS.members.orgCreate, SUBJECTS.members.orgMove, SUBJECTS.documents.health]));
  });

  it('refuses no, forged, expired, edited and unsigned contexts on every subject with AUTH.CONTEXT_INVALID, writing nothing', async () => {
    const before = await fingerprints(system);
    const unexpected: string[] = [];
    for (const [service, subject] of served) {
      const payload = subject === SUBJECTS.members.orgCreate ? newOrg() : {};
      for (const [what, token] of badContexts) {
        const reply = await call(subject, payload, token());
        if (reply.ok || reply.error?.code !== 'AUTH.CONTEXT_INVALID') unexpected.push(`${service} ${subject} with ${what}: ${JSON.stringify(reply)}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(await fingerprints(system)).toEqual(before);
  });

  it('controls: the same subjects with a valid context get past the check, and a valid create is written (so the fingerprint sees writes)', async () => {
    for (const [service, subject] of served) {
      const reply = await call(subject, {}, real.sign(systemClaims('test')));
      expect({ service, subject, code: reply.error?.code }).not.toEqual(expect.objectContaining({ code: 'AUTH.CONTEXT_INVALID' }));
    }
    const before = await fingerprints(system);
    await expect(call(SUBJECTS.members.orgCreate, newOrg(), real.sign(systemClaims('test')))).resolves.toMatchObject({ ok: true });
    expect((await fingerprints(system)).members).not.toEqual(before.members);
  });
});

/** One md5 per service database over the content of all its tables: equal before and after = nothing written. */
async function fingerprints(system: RunningSystem): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of SYSTEM_SERVICES) {
    const client = new Client({ connectionString: system.databases[name] });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(
        `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
      );
      const parts: string[] = [];
      for (const { name: table } of tables.rows) {
        const { rows } = await client.query<{ h: string }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`);
        parts.push(`${table}:${rows[0]?.h}`);
      }
      out[name] = parts.join(',');
    } finally {
      await client.end();
    }
  }
  return out;
}
