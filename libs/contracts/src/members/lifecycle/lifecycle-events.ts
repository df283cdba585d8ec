import type { MemberStatus } from '../members/member-status';
import type { MemberSummaryDto } from '../members/member.dto';
import type { LifecycleDecisionDto } from './lifecycle.dto';
import type { LifecycleEventKind } from './lifecycle-actions';

/**
 * `members.member.<kind>.v1` (admission-recorded, ceremony-held, recognised, …): aggregate = the member,
 * version = the record's new version. A status change is also told as `members.member.status-changed.v1`
 * (same version) so that existing consumers and the change feed keep the record whole.
 */
export interface MemberLifecycleEventV1 {
  member: MemberSummaryDto;
  kind: LifecycleEventKind;
  lifecycleEventId: string;
  effectiveOn: string;
  decision: LifecycleDecisionDto | null;
  previousStatus: MemberStatus;
  details: Record<string, unknown>;
}
