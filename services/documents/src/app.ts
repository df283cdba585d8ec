import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { createServiceApp, type RunningService, type ServiceRuntime } from '@lienthong/platform';
import { createDocumentsDataSource } from './database/data-source';
import { DocumentsModule } from './documents.module';

export interface DocumentsAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the documents service: the launcher and `main.ts` both build it here. */
export function createDocumentsApp(settings: DocumentsAppSettings, runtime: ServiceRuntime): Promise<RunningService> {
  return createServiceApp({
    name: 'documents',
    queue: QUEUE_GROUPS.documents,
    healthSubject: SUBJECTS.documents.health,
    featureModule: DocumentsModule,
    dataSource: createDocumentsDataSource(settings.databaseUrl),
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
  });
}
