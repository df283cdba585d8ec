import { ON_ROLL_STATUSES, type LifecycleDecisionInput, type LifecycleEventKind, type MemberStatus } from '@lienthong/contracts';
import type { LifecyclePlan, LifecycleState } from './lifecycle-writer';

/** Statuses an ending action (removal, expulsion, leaving, death) applies to: those on the roll. */
export const ENDABLE: readonly MemberStatus[] = ON_ROLL_STATUSES;

/** Ends the current period on the effective date; the member leaves the đảng số (member_count triggers). */
export function endingPlan(
  state: LifecycleState,
  request: { effectiveOn: string; decision?: LifecycleDecisionInput; reason?: string },
  kind: LifecycleEventKind,
  status: MemberStatus,
  endReason: string,
  details: Record<string, unknown> = {},
): LifecyclePlan {
  return {
    kind,
    effectiveOn: request.effectiveOn,
    decision: request.decision ?? null,
    reason: request.reason,
    status,
    statusSince: request.effectiveOn,
    period: { endedOn: request.effectiveOn, endReason },
    details: { ...details, statusBefore: state.member.status },
  };
}
