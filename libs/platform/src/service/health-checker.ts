import type { HealthCheckResult, HealthReport } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import type { RpcTransport } from '../messaging/rpc-transport';

const CHECK_TIMEOUT_MS = 2_000;

/** Readiness: the service's database answers and the transport is connected. */
export class HealthChecker {
  constructor(
    private readonly service: string,
    private readonly dataSource: DataSource,
    private readonly transport: RpcTransport,
  ) {}

  async report(): Promise<HealthReport> {
    const checks = await Promise.all([this.checkDatabase(), this.checkTransport()]);
    return { service: this.service, status: checks.every((c) => c.status === 'up') ? 'up' : 'down', checks };
  }

  private async checkDatabase(): Promise<HealthCheckResult> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
      ]);
      return { name: 'database', status: 'up' };
    } catch (error) {
      return { name: 'database', status: 'down', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private checkTransport(): Promise<HealthCheckResult> {
    const up = this.transport.isConnected();
    return Promise.resolve({ name: `transport:${this.transport.kind}`, status: up ? 'up' : 'down' });
  }
}
