import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { attachOrgReplica, createServiceApp, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createResolutionsDataSource } from './database/data-source';
import { ResolutionsModule } from './resolutions.module';

export interface ResolutionsAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the resolutions service: the launcher and `main.ts` both build it here. */
export async function createResolutionsApp(settings: ResolutionsAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  const dataSource = createResolutionsDataSource(settings.databaseUrl);
  const service = await createServiceApp({
    name: 'resolutions',
    queue: QUEUE_GROUPS.resolutions,
    healthSubject: SUBJECTS.resolutions.health,
    featureModule: ResolutionsModule,
    dataSource,
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
    jobs: [],
  });
  // The org tree, replicated from members (scope checks will read it; see OrgReplicaQueries).
  return attachOrgReplica(service, dataSource, runtime);
}
