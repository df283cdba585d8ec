import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { DueItemsClient } from './due-items.client';
import { DueItemsController } from './due-items.controller';

/** `/api/v1/orgs/{id}/due-items`, `/api/v1/me/due-items` over DueItemsClient. */
@Module({
  controllers: [DueItemsController],
  providers: [
    {
      provide: DueItemsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new DueItemsClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class DueItemsHttpModule {}
