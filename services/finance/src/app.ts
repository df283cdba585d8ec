import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { createServiceApp, type RunningService, type ServiceRuntime } from '@lienthong/platform';
import { createFinanceDataSource } from './database/data-source';
import { FinanceModule } from './finance.module';

export interface FinanceAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the finance service: the launcher and `main.ts` both build it here. */
export function createFinanceApp(settings: FinanceAppSettings, runtime: ServiceRuntime): Promise<RunningService> {
  return createServiceApp({
    name: 'finance',
    queue: QUEUE_GROUPS.finance,
    healthSubject: SUBJECTS.finance.health,
    featureModule: FinanceModule,
    dataSource: createFinanceDataSource(settings.databaseUrl),
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
  });
}
