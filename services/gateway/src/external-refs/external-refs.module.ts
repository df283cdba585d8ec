import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ExternalRefInterceptor } from './external-ref.interceptor';
import { ExternalRefsRepository } from './external-refs.repository';
import { MembersByExternalIdController } from './members-by-external-id.controller';
import { OrgsByExternalIdController } from './orgs-by-external-id.controller';

/** `externalId` on create routes marked @AcceptsExternalId, and the look-ups by it. */
@Module({
  controllers: [OrgsByExternalIdController, MembersByExternalIdController],
  providers: [ExternalRefsRepository, { provide: APP_INTERCEPTOR, useClass: ExternalRefInterceptor }],
})
export class ExternalRefsModule {}
