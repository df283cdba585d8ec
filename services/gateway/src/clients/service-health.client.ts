import { HealthCheckRequest, SUBJECTS, type HealthReport, type ServiceName } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** Readiness must answer fast even when a service hangs. */
export const HEALTH_RPC_TIMEOUT_MS = 1_500;

/** `<svc>.health.check` of every service behind the gateway. */
export class ServiceHealthClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs: number = HEALTH_RPC_TIMEOUT_MS) {
    super(transport, timeoutMs);
  }

  check(service: ServiceName, context: CallContext): Promise<HealthReport> {
    return this.call(SUBJECTS[service].health, new HealthCheckRequest(), context);
  }
}
