import { createOrgScopedServiceApp, type OrgScopedServiceSettings, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createDocumentsDataSource } from './database/data-source';
import { DocumentsModule } from './documents.module';

export type DocumentsAppSettings = OrgScopedServiceSettings;

/**
 * Composition root of the documents service: the launcher and `main.ts` both build it here. The
 * org tree is replicated from members (scope checks read it; see OrgReplicaQueries).
 */
export function createDocumentsApp(settings: DocumentsAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  return createOrgScopedServiceApp('documents', DocumentsModule, createDocumentsDataSource(settings.databaseUrl), settings, runtime);
}
