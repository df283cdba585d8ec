import { Module } from '@nestjs/common';
import { GatewayHealthChecker } from './gateway-health.checker';
import { HealthController } from './health.controller';

@Module({ controllers: [HealthController], providers: [GatewayHealthChecker] })
export class HealthModule {}
