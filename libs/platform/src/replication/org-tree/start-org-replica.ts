import { SUBJECTS, type OrgSnapshotRow } from '@lienthong/contracts';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { AuthContextSigner } from '../../auth-context/auth-context-signer';
import type { FactStream } from '../../events/fact-stream';
import { INBOX_PURGE_JOB, inboxPurgeJob } from '../../events/inbox/inbox-purge.job';
import type { JobRunner } from '../../jobs/job-runner';
import type { RpcTransport } from '../../messaging/rpc-transport';
import type { Logger } from '../../observability/logger';
import { Replica, type ReplicaOptions } from '../replica';
import { replicaCheckJob } from '../replica-check.job';
import { RpcSnapshotSource } from '../rpc-snapshot-source';
import { ORG_REPLICA, orgReplicaDefinition } from './org-replica.definition';

export interface OrgReplicaWiring {
  /** The consuming service (`documents`, `gateway`): names its consumer group and system actor. */
  service: string;
  /** Its database, with the inbox, dead-letter, watermark and org replica migrations. */
  dataSource: DataSource;
  stream: FactStream;
  transport: RpcTransport;
  signer: AuthContextSigner;
  logger: Logger;
  registry?: Registry;
  /** Present → the nightly consistency check is registered as `replica.org-replica.check`. */
  jobs?: JobRunner;
  tuning?: Pick<ReplicaOptions<OrgSnapshotRow>, 'pageSize' | 'pollMs' | 'consumer'>;
}

export type OrgReplica = Replica<OrgSnapshotRow>;

/** Starts the org tree replica of one service (group `<service>-org-replica`); returns at once. */
export async function startOrgReplica(wiring: OrgReplicaWiring): Promise<OrgReplica> {
  const replica = new Replica<OrgSnapshotRow>({
    ...wiring.tuning,
    definition: orgReplicaDefinition,
    group: `${wiring.service}-org-replica`,
    dataSource: wiring.dataSource,
    stream: wiring.stream,
    snapshots: new RpcSnapshotSource<OrgSnapshotRow>(wiring.transport, wiring.signer, wiring.service, {
      page: SUBJECTS.members.orgSnapshot,
      summary: SUBJECTS.members.orgSnapshotSummary,
    }),
    logger: wiring.logger,
    registry: wiring.registry,
  });
  wiring.jobs?.register(replicaCheckJob(replica, ORG_REPLICA));
  // The replica's consumer fills this service's inbox: purge it nightly (once per service).
  if (wiring.jobs && !wiring.jobs.jobNames().includes(INBOX_PURGE_JOB)) wiring.jobs.register(inboxPurgeJob(wiring.dataSource));
  await replica.start();
  return replica;
}
