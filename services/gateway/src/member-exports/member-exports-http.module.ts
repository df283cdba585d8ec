import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MEMBER_FILES_TIMEOUT_MS } from '../member-imports/member-imports.client';
import { MemberExportsClient } from './member-exports.client';
import { MemberExportsController } from './member-exports.controller';

/** `GET /api/v1/members/{id}/record-sheet.xlsx|pdf`, `GET /api/v1/orgs/{id}/badge-list.xlsx`. */
@Module({
  controllers: [MemberExportsController],
  providers: [
    {
      provide: MemberExportsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberExportsClient(transport, Math.max(settings.rpcTimeoutMs, MEMBER_FILES_TIMEOUT_MS)),
    },
  ],
})
export class MemberExportsHttpModule {}
