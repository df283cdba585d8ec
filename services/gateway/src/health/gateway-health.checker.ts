import { QUEUE_GROUPS, type HealthCheckResult, type HealthStatus, type ServiceName } from '@lienthong/contracts';
import { DATA_SOURCE, DomainError, systemClaims, TRANSPORT, type AuthContextSigner, type RpcTransport } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ServiceHealthClient } from '../clients/service-health.client';
import { AUTH_CONTEXT_SIGNER } from '../common/tokens';

const DATABASE_TIMEOUT_MS = 1_500;

export interface GatewayHealthReport {
  status: HealthStatus;
  checks: HealthCheckResult[];
}

/** The gateway's database and transport, and each service's own health check over RPC, in parallel. */
@Injectable()
export class GatewayHealthChecker {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(TRANSPORT) private readonly transport: RpcTransport,
    @Inject(ServiceHealthClient) private readonly services: ServiceHealthClient,
    @Inject(AUTH_CONTEXT_SIGNER) private readonly signer: AuthContextSigner,
  ) {}

  async report(correlationId: string): Promise<GatewayHealthReport> {
    const names = Object.keys(QUEUE_GROUPS) as ServiceName[];
    const checks = await Promise.all([
      this.checkDatabase(),
      Promise.resolve(this.checkTransport()),
      ...names.map((name) => this.checkService(name, correlationId)),
    ]);
    return { status: checks.every((c) => c.status === 'up') ? 'up' : 'down', checks };
  }

  /**
   * The gateway's own readiness: its database and its transport only. One service's outage
   * must not pull every gateway replica (login, the SPA, the other areas) out of rotation.
   */
  async ownReport(): Promise<GatewayHealthReport> {
    const checks = [await this.checkDatabase(), this.checkTransport()];
    return { status: checks.every((c) => c.status === 'up') ? 'up' : 'down', checks };
  }

  private async checkDatabase(): Promise<HealthCheckResult> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), DATABASE_TIMEOUT_MS);
        }),
      ]);
      return { name: 'database', status: 'up' };
    } catch {
      return { name: 'database', status: 'down', detail: 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
  }

  private checkTransport(): HealthCheckResult {
    return { name: `transport:${this.transport.kind}`, status: this.transport.isConnected() ? 'up' : 'down' };
  }

  /** A probe is not a user: it calls as the gateway's system actor. */
  private async checkService(name: ServiceName, correlationId: string): Promise<HealthCheckResult> {
    try {
      const authToken = this.signer.sign(systemClaims('gateway'));
      const report = await this.services.check(name, { authToken, correlationId });
      const down = report.checks.filter((c) => c.status !== 'up').map((c) => c.name);
      return { name, status: report.status, ...(down.length ? { detail: `down: ${down.join(', ')}` } : {}) };
    } catch (error) {
      const detail = error instanceof DomainError ? error.code : 'error';
      return { name, status: 'down', detail };
    }
  }
}
