import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { DuesRulesController } from './dues-rules.controller';
import { FinanceClient } from './finance.client';

/** `/api/v1/finance/*` over FinanceClient (built like ClientsModule builds MembersClient). */
@Module({
  controllers: [DuesRulesController],
  providers: [
    {
      provide: FinanceClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new FinanceClient(transport, settings.rpcTimeoutMs),
    },
  ],
  exports: [FinanceClient],
})
export class FinanceHttpModule {}
