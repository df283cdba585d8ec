import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { MEMBER_FILES_TIMEOUT_MS } from '../member-imports/member-imports.client';
import { MemberExportJobsClient } from './member-export-jobs.client';
import { MemberExportJobsController } from './member-export-jobs.controller';
import { MemberExportsClient } from './member-exports.client';
import { MemberExportsController } from './member-exports.controller';

/**
 * `GET /api/v1/members/{id}/record-sheet.xlsx|pdf`, `GET /api/v1/orgs/{id}/badge-list.xlsx` (in the
 * request), and `/api/v1/member-exports` (large lists as background jobs).
 */
@Module({
  controllers: [MemberExportsController, MemberExportJobsController],
  providers: [
    {
      provide: MemberExportJobsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberExportJobsClient(transport, settings.rpcTimeoutMs),
    },
    {
      provide: MemberExportsClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new MemberExportsClient(transport, Math.max(settings.rpcTimeoutMs, MEMBER_FILES_TIMEOUT_MS)),
    },
  ],
})
export class MemberExportsHttpModule {}
