import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { CalendarClient } from './calendar.client';
import { CalendarController } from './calendar.controller';

/** `/api/v1/calendar/days`, `/api/v1/calendar/overrides/**` over CalendarClient (the members service keeps the calendar). */
@Module({
  controllers: [CalendarController],
  providers: [
    {
      provide: CalendarClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new CalendarClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class CalendarHttpModule {}
