import { createOrgScopedServiceApp, type OrgScopedServiceSettings, type ServiceRuntime, type ServiceWithOrgReplica } from '@lienthong/platform';
import { createFinanceDataSource } from './database/data-source';
import { FinanceModule } from './finance.module';

export type FinanceAppSettings = OrgScopedServiceSettings;

/**
 * Composition root of the finance service: the launcher and `main.ts` both build it here. The
 * org tree is replicated from members (scope checks read it; see OrgReplicaQueries).
 */
export function createFinanceApp(settings: FinanceAppSettings, runtime: ServiceRuntime): Promise<ServiceWithOrgReplica> {
  return createOrgScopedServiceApp('finance', FinanceModule, createFinanceDataSource(settings.databaseUrl), settings, runtime);
}
