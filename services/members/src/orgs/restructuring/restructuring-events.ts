import type { EventType, OrgRestructuredEventV1 } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

/** The coarse fact of a merge or split: aggregate = the restructuring (version 1), owner = the (first) successor. */
export function restructured(type: EventType, event: OrgRestructuredEventV1, ownerOrgId: string): EventDraft<OrgRestructuredEventV1> {
  return { type, aggregateId: event.id, aggregateVersion: 1, ownerOrgId, payload: event };
}
