import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MemberFilesClient, MemberImportsClient, MEMBER_FILES_TIMEOUT_MS } from './member-imports.client';
import { MemberImportsController } from './member-imports.controller';
import { OrgMemberImportsController } from './org-member-imports.controller';

/** `/api/v1/member-imports/*`, `POST /api/v1/orgs/{id}/member-imports`, `GET /api/v1/orgs/{id}/member-list.xlsx`. */
@Module({
  controllers: [MemberImportsController, OrgMemberImportsController],
  providers: [
    {
      provide: MemberImportsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberImportsClient(transport, settings.rpcTimeoutMs),
    },
    {
      provide: MemberFilesClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberFilesClient(transport, Math.max(settings.rpcTimeoutMs, MEMBER_FILES_TIMEOUT_MS)),
    },
  ],
})
export class MemberImportsHttpModule {}
