import { TRANSPORT, type RpcTransport } from '@lienthong/platform';
import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { GradingCampaignsController } from './grading-campaigns.controller';
import { GradingClient } from './grading.client';
import { MemberGradingsController } from './member-gradings.controller';
import { MyGradingController } from './my-grading.controller';

/** `/api/v1/orgs/{id}/grading-campaigns`, `/api/v1/grading-campaigns/**`, `/api/v1/me/gradings`, `/api/v1/me/grading-campaigns/{id}/**` over GradingClient. */
@Module({
  controllers: [GradingCampaignsController, MemberGradingsController, MyGradingController],
  providers: [
    {
      provide: GradingClient,
      inject: [TRANSPORT, GATEWAY_SETTINGS],
      useFactory: (transport: RpcTransport, settings: ResolvedGatewaySettings) => new GradingClient(transport, settings.rpcTimeoutMs),
    },
  ],
})
export class GradingHttpModule {}
