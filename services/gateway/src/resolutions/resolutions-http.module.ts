import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { ResolutionsClient } from './resolutions.client';
import { ResolutionsController } from './resolutions.controller';

/** `/api/v1/resolutions` over ResolutionsClient (built like ClientsModule builds MembersClient). */
@Module({
  controllers: [ResolutionsController],
  providers: [
    {
      provide: ResolutionsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new ResolutionsClient(transport, settings.rpcTimeoutMs),
    },
  ],
  exports: [ResolutionsClient],
})
export class ResolutionsHttpModule {}
