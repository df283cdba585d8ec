import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MemberLifecycleClient } from './member-lifecycle.client';
import { MemberLifecycleController } from './member-lifecycle.controller';

/** `/api/v1/members/{id}/lifecycle` and its actions, over MemberLifecycleClient. */
@Module({
  controllers: [MemberLifecycleController],
  providers: [
    {
      provide: MemberLifecycleClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberLifecycleClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class MemberLifecycleHttpModule {}
