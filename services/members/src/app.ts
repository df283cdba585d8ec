import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { createServiceApp, type RunningService, type ServiceRuntime } from '@lienthong/platform';
import { createMembersDataSource } from './database/data-source';
import { MembersModule } from './members.module';

export interface MembersAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the members service: the launcher and `main.ts` both build it here. */
export function createMembersApp(settings: MembersAppSettings, runtime: ServiceRuntime): Promise<RunningService> {
  return createServiceApp({
    name: 'members',
    queue: QUEUE_GROUPS.members,
    healthSubject: SUBJECTS.members.health,
    featureModule: MembersModule,
    dataSource: createMembersDataSource(settings.databaseUrl),
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
  });
}
