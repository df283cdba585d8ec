import type { OrgDto } from './org.dto';

/** Payload of `members.org.created.v1`, `.updated.v1`, `.moved.v1`, `.closed.v1`: the org as it now stands. */
export interface OrgChangedEventV1 {
  org: OrgDto;
}
