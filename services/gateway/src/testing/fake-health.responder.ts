import { HealthCheckRequest, SUBJECTS, type HealthStatus, type ServiceName } from '@lienthong/contracts';
import { authContextFrom, createAppMetrics, JsonLogger, RpcServer, SYSTEM_PERMISSION, type RpcTransport } from '@lienthong/platform';

/** Answers `<svc>.health.check` for a service that is not under test, through the real RpcServer. */
export function serveFakeHealth(transport: RpcTransport, service: ServiceName, authContextKeys: { publicKeys: string }, status: HealthStatus = 'up'): RpcServer {
  const server = new RpcServer({
    transport,
    queue: service,
    verifier: authContextFrom({ authContextPublicKeys: authContextKeys.publicKeys }).verifier,
    logger: new JsonLogger({ app: `fake-${service}` }, 'error'),
    metrics: createAppMetrics(`fake-${service}`, false),
  });
  server.register({
    subject: SUBJECTS[service].health,
    requestType: HealthCheckRequest,
    access: { permission: SYSTEM_PERMISSION, scope: 'none' },
    handle: () => Promise.resolve({ service, status, checks: [{ name: 'database', status }] }),
  });
  server.start();
  return server;
}
