import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { BadgesClient } from './badges.client';
import { BadgeCircumstancesController } from './badge-circumstances.controller';
import { BadgesController } from './badges.controller';

/** `/api/v1/orgs/{id}/badge-candidates`, `/api/v1/members/{id}/badges|badge-circumstances|disciplines|serious-illness` over BadgesClient. */
@Module({
  controllers: [BadgesController, BadgeCircumstancesController],
  providers: [
    {
      provide: BadgesClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new BadgesClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class BadgesHttpModule {}
