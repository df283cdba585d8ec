import type { LifecycleEventDto } from '@lienthong/contracts';
import type { MemberLifecycleEventEntity } from './member-lifecycle-event.entity';

export function toLifecycleEventDto(e: MemberLifecycleEventEntity): LifecycleEventDto {
  return {
    id: e.id,
    kind: e.kind,
    periodSeq: e.periodSeq,
    effectiveOn: e.effectiveOn,
    decision: e.decisionNumber !== null && e.decisionDate !== null && e.decisionIssuer !== null ? { number: e.decisionNumber, date: e.decisionDate, issuer: e.decisionIssuer } : null,
    reason: e.reason,
    previousStatus: e.previousStatus,
    status: e.status,
    details: e.details,
    memberVersion: e.memberVersion,
    recordedAt: e.recordedAt.toISOString(),
    recordedBy: e.recordedBy.name,
  };
}
