import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { OrgHistoryController } from './org-history.controller';
import { OrgHistoryClient } from './org-history.client';
import { OrgKindRulesController } from './org-kind-rules.controller';
import { OrgsController } from './orgs.controller';

/** `/api/v1/orgs`: the org tree (MembersClient), its history, restructuring and terms (OrgHistoryClient). */
@Module({
  controllers: [OrgsController, OrgHistoryController, OrgKindRulesController],
  providers: [
    {
      provide: OrgHistoryClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new OrgHistoryClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class OrgsModule {}
