import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { createServiceApp, type JobRunnerSettings, type RunningService, type ServiceRuntime } from '@lienthong/platform';
import { createMembersDataSource } from './database/data-source';
import { MembersModule } from './members.module';
import { seedDemoMembers } from './members/seed/seed-demo-members';
import { seedDemoOrgs } from './orgs/seed/seed-demo-orgs';

export interface MembersAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
  /** After migrations, create the demo org tree if the org table is empty (standalone first run, demos). */
  seedDemo?: boolean;
  directRpcHttp?: boolean;
  /** Tests shorten the job runner's poll interval. */
  jobSettings?: Partial<JobRunnerSettings>;
}

/** Composition root of the members service: the launcher and `main.ts` both build it here. */
export async function createMembersApp(settings: MembersAppSettings, runtime: ServiceRuntime): Promise<RunningService> {
  const dataSource = createMembersDataSource(settings.databaseUrl);
  const service = await createServiceApp({
    name: 'members',
    queue: QUEUE_GROUPS.members,
    healthSubject: SUBJECTS.members.health,
    featureModule: MembersModule,
    dataSource,
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
    directRpcHttp: settings.directRpcHttp,
    // The import's parse and commit jobs (MemberImportModule registers them before the runner starts).
    jobs: [],
    jobSettings: settings.jobSettings,
  });
  if (settings.seedDemo) {
    try {
      const created = await seedDemoOrgs(dataSource);
      if (created > 0) runtime.logger.info('Demo org tree created', { service: 'members', orgs: created });
      const members = await seedDemoMembers(dataSource);
      if (members > 0) runtime.logger.info('Demo members created', { service: 'members', members });
    } catch (error) {
      await service.close();
      throw error;
    }
  }
  return service;
}
