import type { EventType, OrgChangedEventV1, OrgDto } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

/**
 * The fact of an org change, as the org now stands. Its version is the aggregate version; the
 * org is its own owner (an actor sees it when it lies in the actor's subtree). A move is one
 * event for the moved org only: its descendants' paths changed too, and consumers recompute
 * them from the moved org's new ancestry.
 */
export function orgChanged(type: EventType, org: OrgDto): EventDraft<OrgChangedEventV1> {
  return { type, aggregateId: org.id, aggregateVersion: org.version, ownerOrgId: org.id, payload: { org } };
}
