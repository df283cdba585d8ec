import type { JobDefinition } from '../jobs/job-definition';
import type { Replica } from './replica';

export interface ReplicaCheckJobOptions {
  /** Local time of the nightly run (Asia/Ho_Chi_Minh), default 02:30. */
  dailyAt?: string;
  /** Rebuild from a snapshot when the check still finds a difference (default false: report only). */
  rebuildWhenUnequal?: boolean;
}

/**
 * The nightly consistency check of one replica as a scheduled job (`replica.org-replica.check`):
 * compares counts and a checksum of (id, version) with the owner; the result lands in the
 * watermark row, the `lienthong_replica_consistent` gauge and the run's progress.
 */
export function replicaCheckJob(replica: Replica<unknown>, name: string, options: ReplicaCheckJobOptions = {}): JobDefinition {
  return {
    name: `replica.${name.replace(/_/g, '-')}.check`,
    schedules: [{ dailyAt: options.dailyAt ?? '02:30' }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => {
      const report = await replica.check({ attempts: 5, retryDelayMs: 2_000 });
      const summary = `owner ${report.owner.count} rows, replica ${report.replicaSide.count} rows${report.behind ? ', replica behind' : ''}`;
      ctx.reportProgress({ phase: report.equal ? 'equal' : 'unequal', message: summary, done: 1, total: 1 });
      if (report.equal) return;
      ctx.logger.error('Replica differs from its owner', { replica: name, owner: report.owner, replicaSide: report.replicaSide, behind: report.behind });
      if (options.rebuildWhenUnequal) await replica.rebuild();
    },
  };
}
