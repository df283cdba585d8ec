import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Global, Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MembersClient } from './members.client';
import { ServiceHealthClient } from './service-health.client';

/**
 * Typed clients, global so that every area's routes can use any of them. An area that adds
 * its own client (DocumentsClient, …) provides it here the same way.
 */
@Global()
@Module({
  providers: [
    {
      provide: MembersClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MembersClient(transport, settings.rpcTimeoutMs),
    },
    { provide: ServiceHealthClient, inject: [TRANSPORT], useFactory: (transport: RpcTransport) => new ServiceHealthClient(transport) },
  ],
  exports: [MembersClient, ServiceHealthClient],
})
export class ClientsModule {}
