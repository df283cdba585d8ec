import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { createServiceApp, type RunningService, type ServiceRuntime } from '@lienthong/platform';
import { createResolutionsDataSource } from './database/data-source';
import { ResolutionsModule } from './resolutions.module';

export interface ResolutionsAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the resolutions service: the launcher and `main.ts` both build it here. */
export function createResolutionsApp(settings: ResolutionsAppSettings, runtime: ServiceRuntime): Promise<RunningService> {
  return createServiceApp({
    name: 'resolutions',
    queue: QUEUE_GROUPS.resolutions,
    healthSubject: SUBJECTS.resolutions.health,
    featureModule: ResolutionsModule,
    dataSource: createResolutionsDataSource(settings.databaseUrl),
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
  });
}
