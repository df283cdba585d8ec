import { createDocumentsApp } from '@lienthong/documents';
import { createFinanceApp } from '@lienthong/finance';
import { createMembersApp } from '@lienthong/members';
import type { ServiceRuntime, ServiceWithOrgReplica } from '@lienthong/platform';
import { createResolutionsApp } from '@lienthong/resolutions';

/** The services the launcher runs behind the gateway, in start order. */
export const SYSTEM_SERVICES = ['members', 'documents', 'finance', 'resolutions'] as const;
export type SystemServiceName = (typeof SYSTEM_SERVICES)[number];

export interface ServiceBootSettings {
  databaseUrl: string;
  seedDemo: boolean;
}

type ServiceFactory = (settings: ServiceBootSettings, runtime: ServiceRuntime) => Promise<ServiceWithOrgReplica>;

/** Each service's composition root: this project is the only one allowed to import them. */
export const SERVICE_FACTORIES: Record<SystemServiceName, ServiceFactory> = {
  members: (s, runtime) => createMembersApp({ databaseUrl: s.databaseUrl, migrateOnBoot: true, seedDemo: s.seedDemo }, runtime),
  documents: (s, runtime) => createDocumentsApp({ databaseUrl: s.databaseUrl, migrateOnBoot: true }, runtime),
  finance: (s, runtime) => createFinanceApp({ databaseUrl: s.databaseUrl, migrateOnBoot: true }, runtime),
  resolutions: (s, runtime) => createResolutionsApp({ databaseUrl: s.databaseUrl, migrateOnBoot: true }, runtime),
};

export function isSystemService(name: string): name is SystemServiceName {
  return (SYSTEM_SERVICES as readonly string[]).includes(name);
}
