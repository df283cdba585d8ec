import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { attachOrgReplica, createServiceApp, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createFinanceDataSource } from './database/data-source';
import { FinanceModule } from './finance.module';

export interface FinanceAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the finance service: the launcher and `main.ts` both build it here. */
export async function createFinanceApp(settings: FinanceAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  const dataSource = createFinanceDataSource(settings.databaseUrl);
  const service = await createServiceApp({
    name: 'finance',
    queue: QUEUE_GROUPS.finance,
    healthSubject: SUBJECTS.finance.health,
    featureModule: FinanceModule,
    dataSource,
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
    jobs: [],
  });
  // The org tree, replicated from members (scope checks will read it; see OrgReplicaQueries).
  return attachOrgReplica(service, dataSource, runtime);
}
