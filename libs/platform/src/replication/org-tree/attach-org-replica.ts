import type { DataSource } from 'typeorm';
import type { RunningService, ServiceRuntime } from '../../service/create-service-app';
import { startOrgReplica, type OrgReplica, type OrgReplicaWiring } from './start-org-replica';

export interface ServiceWithOrgReplica extends RunningService {
  /** Absent when the runtime has no fact stream (a service built alone in a test). */
  orgReplica?: OrgReplica;
}

/**
 * A service's composition root calls this after `createServiceApp`: the org replica starts
 * with the service and stops before it (its consumer before the database closes).
 */
export async function attachOrgReplica(
  service: RunningService,
  dataSource: DataSource,
  runtime: ServiceRuntime,
  tuning?: OrgReplicaWiring['tuning'],
): Promise<ServiceWithOrgReplica> {
  if (!runtime.events) return service;
  if (!runtime.signer) {
    // Without a signer the replica could not ask members for snapshots: refuse to start rather than run without scope data.
    await service.close();
    throw new Error(`${service.name} keeps an org replica and signs its snapshot requests: set ${service.name.toUpperCase()}_AUTH_CONTEXT_PRIVATE_KEY`);
  }
  let replica: OrgReplica;
  try {
    replica = await startOrgReplica({
      service: service.name,
      dataSource,
      stream: runtime.events.stream,
      transport: runtime.transport,
      signer: runtime.signer,
      logger: runtime.logger.child({ service: service.name }),
      registry: service.metrics.registry,
      jobs: service.jobs,
      tuning,
    });
  } catch (error) {
    await service.close();
    throw error;
  }
  return {
    ...service,
    orgReplica: replica,
    close: async () => {
      await replica.stop();
      await service.close();
    },
  };
}
