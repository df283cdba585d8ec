import { advisoryLockKey } from '../database/run-migrations';
import type { ReplicaSql } from './replica-watermark-store';

/**
 * Every write to a replica (an event, a rebuild) holds this transaction lock: replicas of the
 * consuming service share one durable consumer, so two processes could otherwise apply two
 * events at once, and set-based rewrites (a subtree's paths) must not interleave.
 */
export async function lockReplica(sql: ReplicaSql, replica: string): Promise<void> {
  await sql.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryLockKey(`replica:${replica}`)]);
}
