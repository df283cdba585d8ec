import { bearer, expectEnvelope, startE2eSystem, type E2eSystem } from './support/e2e-system';

const RPC_TIMEOUT_MS = 1_500;

describe('a service that stops and comes back (e2e)', () => {
  let e2e: E2eSystem;

  beforeAll(async () => {
    e2e = await startE2eSystem('outage', { rpcTimeoutMs: RPC_TIMEOUT_MS });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('answers 503 or 504 with the envelope within the RPC timeout while members is down, and 200 once it is back', async () => {
    const auth = bearer(e2e.token);
    await e2e.http().get('/api/v1/orgs').set(auth).expect(200);

    await e2e.system.stopService('members');
    try {
      expect(e2e.system.services.members).toBeUndefined();
      const started = Date.now();
      const down = await e2e.http().get('/api/v1/orgs').set(auth);
      const elapsed = Date.now() - started;
      expect([503, 504]).toContain(down.status);
      expectEnvelope(down.body, down.status === 503 ? 'COMMON.SERVICE_UNAVAILABLE' : 'COMMON.TIMEOUT');
      expect(elapsed).toBeLessThan(RPC_TIMEOUT_MS + 1_000);

      // The other services are not affected by members being down.
      await e2e.http().get('/api/v1/finance/dues-rules').set(auth).expect(200);
    } finally {
      await e2e.system.startService('members');
    }
    const back = await e2e.http().get('/api/v1/orgs').set(auth).expect(200);
    expect(back.body).toEqual({ items: [], nextCursor: null });
  });

  it('reports the outage in the gateway health and recovers', async () => {
    await e2e.system.stopService('documents');
    try {
      const down = await e2e.http().get('/api/v1/health').expect(503);
      const checks = (down.body as { checks: { name: string; status: string }[] }).checks;
      expect(checks.filter((c) => c.status === 'down').map((c) => c.name)).toEqual([expect.stringContaining('documents')]);
    } finally {
      await e2e.system.startService('documents');
    }
    await e2e.http().get('/api/v1/health').expect(200);
  });
});
