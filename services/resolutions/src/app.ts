import { createOrgScopedServiceApp, type OrgScopedServiceSettings, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createResolutionsDataSource } from './database/data-source';
import { ResolutionsModule } from './resolutions.module';

export type ResolutionsAppSettings = OrgScopedServiceSettings;

/**
 * Composition root of the resolutions service: the launcher and `main.ts` both build it here. The
 * org tree is replicated from members (scope checks read it; see OrgReplicaQueries).
 */
export function createResolutionsApp(settings: ResolutionsAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  return createOrgScopedServiceApp('resolutions', ResolutionsModule, createResolutionsDataSource(settings.databaseUrl), settings, runtime);
}
