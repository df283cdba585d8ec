import { deleteTestStreams, testEnv } from '@lienthong/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { bearer, startE2eSystem, type E2eSystem } from './support/e2e-system';

interface OrgBody {
  id: string;
  version: number;
}

/** The org tree replicated into every service and the gateway, end to end through the gateway API. */
describe('org tree replication (e2e)', () => {
  const subjectPrefix = `${testEnv.runId()}-replication-${randomBytes(3).toString('hex')}`.toLowerCase();
  let e2e: E2eSystem;
  let auth: Record<string, string>;

  beforeAll(async () => {
    e2e = await startE2eSystem('replication', { subjectPrefix });
    auth = bearer(e2e.token);
  });

  afterAll(async () => {
    await e2e?.close();
    await deleteTestStreams(subjectPrefix);
  });

  async function post(path: string, body: object, version?: number): Promise<OrgBody> {
    const req = e2e.http().post(`/api/v1/orgs${path}`).set(auth);
    if (version !== undefined) req.set('If-Match', `"${version}"`);
    const res = await req.send(body);
    expect(res.status).toBeLessThan(300);
    return res.body as OrgBody;
  }

  it('an org created and moved through the API is at its new place in every replica within seconds', async () => {
    const root = await post('', { parentId: null, name: 'Đảng bộ Khối Doanh nghiệp tỉnh', shortName: 'ĐBKDN', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-07-01' });
    const a = await post('', { parentId: root.id, name: 'Đảng bộ Công ty Điện lực', shortName: 'ĐL', kind: 'dang-bo-co-so', validFrom: '2025-07-01' });
    const b = await post('', { parentId: root.id, name: 'Đảng bộ Công ty Cấp nước', shortName: 'CN', kind: 'dang-bo-co-so', validFrom: '2025-07-01' });
    const cell = await post('', { parentId: a.id, name: 'Chi bộ Phòng Kỹ thuật', shortName: 'KT', kind: 'chi-bo-truc-thuoc', validFrom: '2025-07-01' });
    const moved = await post(`/${cell.id}/move`, { newParentId: b.id }, cell.version);
    const started = Date.now();

    const { databases } = e2e.system;
    const replicas = { documents: databases.documents, finance: databases.finance, resolutions: databases.resolutions, gateway: databases.gateway };
    const expected = { id: cell.id, parent_id: b.id, path: `/${root.id}/${b.id}/${cell.id}/`, depth: 2, version: moved.version };
    const seen: Record<string, number> = {};
    for (const [name, url] of Object.entries(replicas)) {
      await until(async () => JSON.stringify(await replicaRow(url, cell.id)) === JSON.stringify(expected), 5_000, name);
      seen[name] = Date.now() - started;
    }
    process.stdout.write(`[replication e2e] moved org visible at its new place after (ms): ${JSON.stringify(seen)}\n`);
  });
});

async function replicaRow(url: string, id: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT id, parent_id, path, depth, version FROM org_replica WHERE id = $1', [id]);
    return rows[0];
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not replicated within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
