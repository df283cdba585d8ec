import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsQuery } from './audit-events.query';
import { AuditHttpMiddleware, AuditResultInterceptor } from './audit-http.recorder';
import { AuditLog } from './audit-log';
import { AuditRoutes } from './audit-routes';

/**
 * The audit log: the writer (`AuditLog`, global so that any module can record), the automatic
 * entries for mutations, refusals and @AuditRead routes, and `GET /audit-events`.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [AuditEventsController],
  providers: [AuditLog, AuditRoutes, AuditEventsQuery, { provide: APP_INTERCEPTOR, useClass: AuditResultInterceptor }],
  exports: [AuditLog],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditHttpMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
