import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MemberTransfersClient } from './member-transfers.client';
import { MemberTransfersController } from './member-transfers.controller';

/** `/api/v1/member-transfers…` over MemberTransfersClient. */
@Module({
  controllers: [MemberTransfersController],
  providers: [
    {
      provide: MemberTransfersClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberTransfersClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class MemberTransfersHttpModule {}
