import type { OrgDto } from './org.dto';

/*
 * aggregateId = org.id, aggregateVersion = org.version, ownerOrgId = org.id. A move bumps only
 * the moved org's version and is published for the moved org only, although every descendant's
 * ancestry changed with it: a consumer recomputes the descendants (their ancestorIds/depth) from
 * the moved org's new ancestorIds. An update that changes nothing publishes nothing.
 */
/** Payload of `members.org.created.v1`, `.updated.v1`, `.moved.v1`, `.closed.v1`: the org as it now stands. */
export interface OrgChangedEventV1 {
  org: OrgDto;
}
