import { QUEUE_GROUPS, SUBJECTS, type ServiceName } from '@lienthong/contracts';
import type { Type } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createServiceApp, type ServiceRuntime } from '../../service/create-service-app';
import { attachOrgReplica, type ServiceWithOrgReplica } from './attach-org-replica';

export interface OrgScopedServiceSettings {
  databaseUrl: string;
  httpPort?: number;
  migrateOnBoot?: boolean;
}

/**
 * The composition root shared by services that own records scoped to organisations and keep
 * a replica of the org tree for their scope checks (documents, finance, resolutions): queue
 * group and health subject by name, a job runner (the replica's nightly check and the inbox
 * purge), then the replica itself.
 */
export async function createOrgScopedServiceApp(
  name: Exclude<ServiceName, 'members'>,
  featureModule: Type<unknown>,
  dataSource: DataSource,
  settings: OrgScopedServiceSettings,
  runtime: ServiceRuntime,
): Promise<ServiceWithOrgReplica> {
  const service = await createServiceApp({
    name,
    queue: QUEUE_GROUPS[name],
    healthSubject: SUBJECTS[name].health,
    featureModule,
    dataSource,
    runtime,
    httpPort: settings.httpPort,
    migrateOnBoot: settings.migrateOnBoot,
    jobs: [],
  });
  return attachOrgReplica(service, dataSource, runtime);
}
