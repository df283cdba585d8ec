import { Controller, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppMetrics } from '../observability/metrics';
import { HealthChecker } from './health-checker';
import { METRICS } from './tokens';

/** Probes and metrics a service exposes on its own port in services mode. */
@Controller()
export class ServiceHttpController {
  constructor(
    @Inject(HealthChecker) private readonly health: HealthChecker,
    @Inject(METRICS) private readonly metrics: AppMetrics,
  ) {}

  @Get('health/live')
  @HttpCode(200)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('health/ready')
  async ready(@Res() res: Response): Promise<void> {
    const report = await this.health.report();
    res.status(report.status === 'up' ? 200 : 503).json(report);
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() res: Response): Promise<void> {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
