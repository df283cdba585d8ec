import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { DocumentRegistersController } from './document-registers.controller';
import { DocumentsClient } from './documents.client';

/** `/api/v1/documents/*` over DocumentsClient (built like ClientsModule builds MembersClient). */
@Module({
  controllers: [DocumentRegistersController],
  providers: [
    {
      provide: DocumentsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new DocumentsClient(transport, settings.rpcTimeoutMs),
    },
  ],
  exports: [DocumentsClient],
})
export class DocumentsHttpModule {}
