import type { Type } from '@nestjs/common';
import { ChangesModule } from './changes/changes.module';
import { DocumentsHttpModule } from './documents/documents-http.module';
import { FinanceHttpModule } from './finance/finance-http.module';
import { MemberImportsHttpModule } from './member-imports/member-imports-http.module';
import { MembersHttpModule } from './members/members-http.module';
import { OrgsModule } from './orgs/orgs.module';
import { ResolutionsHttpModule } from './resolutions/resolutions-http.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/**
 * The HTTP routes of each area, imported by the gateway's root module. Documents, finance
 * and resolutions: add your `<area>/<area>.module.ts` here, one line each. A typed client
 * your routes need goes into `clients/` and `ClientsModule`.
 */
export const AREA_ROUTE_MODULES: Type<unknown>[] = [OrgsModule, DocumentsHttpModule, FinanceHttpModule, ResolutionsHttpModule, MembersHttpModule, MemberImportsHttpModule, ChangesModule, WebhooksModule];
