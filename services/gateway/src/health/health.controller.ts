import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { requestState } from '../common/http/request-state';
import { GatewayHealthChecker, type GatewayHealthReport } from './gateway-health.checker';

class HealthCheckDto {
  @ApiProperty({ example: 'members' })
  name: string;
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
  @ApiProperty({ required: false })
  detail?: string;
}

class HealthReportDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
  @ApiProperty({ type: [HealthCheckDto] })
  checks: HealthCheckDto[];
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(GatewayHealthChecker) private readonly checker: GatewayHealthChecker) {}

  /** Readiness: 200 when the gateway and every service answer, else 503 with the same report. */
  @Get()
  @ApiOperation({ summary: 'Readiness of the gateway and every service', operationId: 'getHealth' })
  @ApiOkResponse({ type: HealthReportDto })
  @ApiServiceUnavailableResponse({ type: HealthReportDto })
  async health(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<GatewayHealthReport> {
    const report = await this.checker.report(requestState(req).correlationId);
    res.status(report.status === 'up' ? 200 : 503);
    return report;
  }

  /** Readiness of this gateway replica: its database and transport (the Kubernetes readiness probe). */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness of this gateway replica (its database and transport)', operationId: 'getReadiness' })
  @ApiOkResponse({ type: HealthReportDto })
  @ApiServiceUnavailableResponse({ type: HealthReportDto })
  async ready(@Res({ passthrough: true }) res: Response): Promise<GatewayHealthReport> {
    const report = await this.checker.ownReport();
    res.status(report.status === 'up' ? 200 : 503);
    return report;
  }

  /** Liveness: the process answers. Never depends on another service, so a probe cannot restart us for their outage. */
  @Get('live')
  @ApiOperation({ summary: 'Liveness of the gateway process', operationId: 'getLiveness' })
  @ApiOkResponse({ schema: { example: { status: 'up' } } })
  live(): { status: 'up' } {
    return { status: 'up' };
  }
}
