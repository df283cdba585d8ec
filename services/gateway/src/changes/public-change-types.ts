import { EVENTS, OrgChangedEventV1Payload, type EventType } from '@lienthong/contracts';
import { Allow, IsIn, IsObject, IsOptional, IsUUID } from 'class-validator';

/** What an integrator sees a change as: the kind of record, never the producer's event name. */
export const CHANGE_TYPES = ['org', 'member'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * The payload fields of `members.member.*.v1` the feed reads (`fromOrgId` of a transfer); the
 * rest is accepted and ignored. The member summary stays in the gateway's memory for one
 * event and is never stored: the feed carries type, id, version, action and time only.
 */
export class MemberFactPayload {
  @IsObject()
  member: object;

  @IsOptional()
  @Allow()
  previousStatus?: unknown;

  @IsOptional()
  @Allow()
  statusSince?: unknown;

  @IsOptional()
  @IsIn(['official', 'temporary'])
  kind?: string;

  @IsOptional()
  @IsUUID()
  fromOrgId?: string;

  @IsOptional()
  @IsUUID()
  toOrgId?: string;

  @IsOptional()
  @Allow()
  effectiveOn?: unknown;
}

export interface PublicChangeType {
  eventType: EventType;
  type: ChangeType;
  /** The past-tense verb of the event type: `created`, `moved`, `status-changed`, … */
  action: string;
  payloadType: new () => object;
}

/**
 * The allow-list: which facts of which service are public changes. A fact not listed here never
 * reaches the feed (terms, merges and splits have their own aggregates; add them here, with a
 * change type, when integrators need them). Generic over EVENTS: one line per fact.
 */
export const PUBLIC_CHANGE_TYPES: readonly PublicChangeType[] = [
  orgFact(EVENTS.members.orgCreated),
  orgFact(EVENTS.members.orgUpdated),
  orgFact(EVENTS.members.orgMoved),
  orgFact(EVENTS.members.orgClosed),
  memberFact(EVENTS.members.memberCreated),
  memberFact(EVENTS.members.memberUpdated),
  memberFact(EVENTS.members.memberStatusChanged),
  memberFact(EVENTS.members.memberTransferred),
];

function orgFact(eventType: EventType): PublicChangeType {
  return { eventType, type: 'org', action: actionOf(eventType), payloadType: OrgChangedEventV1Payload };
}

function memberFact(eventType: EventType): PublicChangeType {
  return { eventType, type: 'member', action: actionOf(eventType), payloadType: MemberFactPayload };
}

/** `members.org.moved.v1` → `moved`. */
export function actionOf(eventType: string): string {
  return eventType.split('.')[2];
}

/** The producing services whose streams the feed reads, each with its public facts. */
export function changeSources(types: readonly PublicChangeType[] = PUBLIC_CHANGE_TYPES): Map<string, PublicChangeType[]> {
  const bySource = new Map<string, PublicChangeType[]>();
  for (const t of types) {
    const source = t.eventType.split('.')[0];
    bySource.set(source, [...(bySource.get(source) ?? []), t]);
  }
  return bySource;
}
