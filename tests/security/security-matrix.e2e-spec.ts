import { randomBytes, randomUUID } from 'node:crypto';
import { scaledMs } from '@lienthong/testing';
import type { Response } from 'supertest';
import { bearer, startE2eSystem, type E2eSystem } from '../e2e/support/e2e-system';
import { badCredentials, signAccessToken, type AccessClaims, type BadCredential } from './support/bad-tokens';
import { setUpMatrix, type MatrixActors } from './support/matrix-setup';
import { HOW_TO_ADD_A_STRATEGY, OPERATION_STRATEGIES, PUBLIC_OPERATIONS, type OperationCall, type OperationStrategy } from './support/operation-strategies';

const JWT_SECRET = randomBytes(32).toString('base64url');
/** Booting the system, and the tests sending hundreds of requests: generous ceilings, scaled by LT_TEST_TIME_SCALE. */
const SLOW_MS = scaledMs(300_000);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Operation {
  key: string;
  method: Method;
  path: string;
  secured: boolean;
  permission: string | undefined;
}

/**
 * The security matrix, generated from the OpenAPI document the running system serves: every
 * operation is called with each bad credential (401), as a user without its x-permission (403),
 * and as an officer of a sibling subtree holding every permission (404, or 403/404 for writes).
 * Operations without a strategy, and public ones not listed as such, fail the run (the 401/403
 * checks still cover them, with ids that exist nowhere).
 */
describe('security matrix over every operation of the OpenAPI document (e2e)', () => {
  let e2e: E2eSystem;
  let operations: Operation[];
  let actors: MatrixActors;
  let adminClaims: AccessClaims;

  beforeAll(async () => {
    e2e = await startE2eSystem('secmatrix', { jwtSecret: JWT_SECRET });
    const doc = (await e2e.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, Record<string, unknown>>> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => {
        const op = item[method];
        const permission = typeof op['x-permission'] === 'string' ? op['x-permission'] : undefined;
        return { key: `${method.toUpperCase()} ${path}`, method, path, secured: op['security'] !== undefined, permission };
      }),
    );
    const permissions = [...new Set(operations.map((o) => o.permission).filter((p): p is string => !!p && p !== 'authenticated'))];
    actors = await setUpMatrix(e2e, permissions);
    const me = (await e2e.http().get('/api/v1/me').set(bearer(e2e.token)).expect(200)).body as { id?: string; userId?: string; username: string; fullName: string };
    adminClaims = { sub: (me.id ?? me.userId) as string, usr: me.username, name: me.fullName, roles: ['admin'], perms: [], scope: null, clr: 3 };
   }, SLOW_MS);

  afterAll(async () => {
    await e2e?.close();
  });

  const secured = () => operations.filter((o) => o.secured);
  const strategyOf = (op: Operation): OperationStrategy | undefined => OPERATION_STRATEGIES[op.key];
  /**
   * The call aimed at subtree A; for an operation without a strategy yet (the strategy test fails
   * for it), ids that exist nowhere: the bearer guard answers 401/403 before anything reads them.
   */
  const callOf = (op: Operation): OperationCall =>
    strategyOf(op)?.call(actors.fixtures) ?? { params: Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1] ?? '', randomUUID()])), body: {} };

  function send(op: Operation, call: OperationCall, authorization: string | undefined): Promise<Response> {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = call.params?.[name];
      if (!value) throw new Error(`${op.key}: its strategy gives no value for {${name}}. ${HOW_TO_ADD_A_STRATEGY}`);
      return value;
    });
    let req = e2e.http()[op.method](path);
    if (authorization !== undefined) req = req.set('Authorization', authorization);
    for (const [name, value] of Object.entries(call.headers ?? {})) req = req.set(name, value);
    if (call.query) req = req.query(call.query);
    return call.body !== undefined || op.method !== 'get' ? req.send(call.body ?? {}) : req;
  }

  it('reads a non-trivial document: the matrix is not vacuous', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(secured().length).toBeGreaterThan(15);
  });

  it('has a fixture strategy for every secured operation, and no strategy for an operation that is gone', () => {
    const missing = secured().filter((op) => !OPERATION_STRATEGIES[op.key]).map((op) => op.key);
    if (missing.length > 0) throw new Error(`No fixture strategy for:\n  ${missing.join('\n  ')}\n${HOW_TO_ADD_A_STRATEGY}`);
    const known = new Set(operations.map((o) => o.key));
    expect(Object.keys(OPERATION_STRATEGIES).filter((key) => !known.has(key))).toEqual([]);
  });

  it('has exactly the listed operations public, and each answers without a token', async () => {
    const open = operations.filter((o) => !o.secured).map((o) => o.key);
    expect(open.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    for (const op of operations.filter((o) => !o.secured)) {
      const res = await send(op, {}, undefined);
      expect({ op: op.key, code: (res.body as { code?: string }).code }).not.toEqual({ op: op.key, code: 'COMMON.UNAUTHENTICATED' });
      expect(res.status).not.toBe(401);
    }
  });

  it('accepts the forger’s own claims when they are signed right (so each refusal below has one cause)', async () => {
    await e2e.http().get('/api/v1/me').set('Authorization', `Bearer ${signAccessToken(adminClaims, JWT_SECRET)}`).expect(200);
  });

  it('answers 401 with the envelope to every bad credential on every secured operation', async () => {
    const failures: string[] = [];
    const credentials: BadCredential[] = badCredentials(adminClaims, JWT_SECRET);
    for (const op of secured()) {
      const call = callOf(op);
      for (const credential of credentials) {
        const res = await send(op, call, credential.authorization);
        const code = (res.body as { code?: string }).code;
        if (res.status !== 401 || code !== credential.code) failures.push(`${op.key} with ${credential.name}: ${res.status} ${code ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
  }, SLOW_MS);

  it('answers 403 to a signed-in user without the operation’s x-permission', async () => {
    const failures: string[] = [];
    for (const op of secured().filter((o) => o.permission !== 'authenticated')) {
      const res = await send(op, callOf(op), `Bearer ${actors.noPermissions}`);
      const code = (res.body as { code?: string }).code;
      if (res.status !== 403 || code !== 'COMMON.FORBIDDEN') failures.push(`${op.key}: ${res.status} ${code ?? ''}`);
    }
    expect(failures).toEqual([]);
  }, SLOW_MS);

  it('keeps subtree A from an officer of the sibling subtree B who holds every permission', async () => {
    const failures: string[] = [];
    const f = actors.fixtures;
    const ofA = [f.aId, f.a1Id, f.userInAId, f.apiClientInAId, f.memberInAId, f.termInAId, f.memberExportInAId];
    const nowhere = { ...f, aId: randomUUID(), a1Id: randomUUID(), userInAId: randomUUID(), apiClientInAId: randomUUID(), memberInAId: randomUUID(), termInAId: randomUUID() };
    const token = `Bearer ${actors.siblingOfficer}`;
    for (const op of secured()) {
      const strategy = strategyOf(op);
      if (!strategy || strategy.sibling.kind === 'notScoped') continue; // no strategy: the strategy test above fails for it
      const { call, sibling } = strategy;
      const res = await send(op, call(actors.fixtures), token);
      let ok: boolean;
      if (sibling.kind === 'notFound') ok = res.status === 404;
      else if (sibling.kind === 'refused') ok = res.status === 403 || res.status === 404;
      else if (sibling.kind === 'hidden') ok = res.status === 200 && !ofA.some((id) => res.text.includes(id));
      else {
        const missing = await send(op, call(nowhere), token);
        ok = res.status === missing.status && (res.body as { code?: string }).code === (missing.body as { code?: string }).code && res.status >= 400;
      }
      if (!ok) failures.push(`${op.key} (${sibling.kind}): ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, SLOW_MS);

  it('left subtree A as it was', async () => {
    const admin = bearer(e2e.token);
    const a1 = await e2e.http().get(`/api/v1/orgs/${actors.fixtures.a1Id}`).set(admin).expect(200);
    expect(a1.body).toMatchObject({ parentId: actors.fixtures.aId, version: 1, status: 'active' });
    const user = await e2e.http().get(`/api/v1/users/${actors.fixtures.userInAId}`).set(admin).expect(200);
    expect(user.body).toMatchObject({ fullName: 'Cán bộ Ma trận', isActive: true, version: 1 });
    const children = await e2e.http().get(`/api/v1/orgs/${actors.fixtures.aId}/children`).set(admin).expect(200);
    expect((children.body as { items: { shortName: string }[] }).items.map((o) => o.shortName).sort()).toEqual(['PA1', 'PA2']);
    const member = await e2e.http().get(`/api/v1/members/${actors.fixtures.memberInAId}`).set(admin).expect(200);
    expect(member.body).toMatchObject({ orgId: actors.fixtures.a1Id, version: 1, fullName: 'Nguyễn Thị Ma Trận' });
    // The externalId B's officer was refused exists for its owner (the 404 was not for want of data).
    const byExternalId = await e2e.http().get(`/api/v1/members/by-external-id/${actors.fixtures.memberExternalIdInA}`).set(admin).expect(200);
    expect(byExternalId.body).toMatchObject({ id: actors.fixtures.memberInAId });
    const terms = await e2e.http().get(`/api/v1/orgs/${actors.fixtures.aId}/terms`).set(admin).expect(200);
    expect((terms.body as { items: { id: string; endDate?: string | null }[] }).items).toEqual([expect.objectContaining({ id: actors.fixtures.termInAId })]);
    expect((terms.body as { items: { endDate?: string | null }[] }).items[0]?.endDate ?? null).toBeNull();
    // The import B's officer got 404 for exists, and B's commit left it uncommitted.
    const memberImport = await e2e.http().get(`/api/v1/member-imports/${actors.fixtures.memberImportInAId}`).set(admin).expect(200);
    expect(memberImport.body).toMatchObject({ orgId: actors.fixtures.a1Id, status: 'parsed', rowsCommitted: 0 });
  });
});
