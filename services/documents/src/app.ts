import { SUBJECTS, QUEUE_GROUPS } from '@lienthong/contracts';
import { attachOrgReplica, createServiceApp, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createDocumentsDataSource } from './database/data-source';
import { DocumentsModule } from './documents.module';

export interface DocumentsAppSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/** Composition root of the documents service: the launcher and `main.ts` both build it here. */
export async function createDocumentsApp(settings: DocumentsAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  const dataSource = createDocumentsDataSource(settings.databaseUrl);
  const service = await createServiceApp({
    name: 'documents',
    queue: QUEUE_GROUPS.documents,
    healthSubject: SUBJECTS.documents.health,
    featureModule: DocumentsModule,
    dataSource,
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
    jobs: [],
  });
  // The org tree, replicated from members (scope checks will read it; see OrgReplicaQueries).
  return attachOrgReplica(service, dataSource, runtime);
}
