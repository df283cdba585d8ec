import type { ActorRef } from './auth-context';

/**
 * The envelope of every fact a service publishes (`<svc>.<entity>.<past-tense>.v<N>`).
 * `aggregateVersion` lets a consumer refuse a late or reordered event that would
 * overwrite newer state.
 */
export interface EventEnvelope<TPayload = unknown> {
  id: string;
  type: string;
  occurredAt: string;
  ownerOrgId: string | null;
  aggregateId: string;
  aggregateVersion: number;
  actor: ActorRef;
  correlationId: string;
  payload: TPayload;
}
