import type { EventType, OrgTermChangedEventV1, OrgTermDto } from '@lienthong/contracts';
import type { EventDraft } from '@lienthong/platform';

/** A term fact: aggregate = the term (its version), owner = its org. */
export function termChanged(type: EventType, term: OrgTermDto): EventDraft<OrgTermChangedEventV1> {
  return { type, aggregateId: term.id, aggregateVersion: term.version, ownerOrgId: term.orgId, payload: { term } };
}
