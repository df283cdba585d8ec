import type { MemberDto } from '../members/member.dto';
import type { MemberStatus } from '../members/member-status';
import type { LifecycleEventKind } from './lifecycle-actions';

export interface LifecycleDecisionDto {
  number: string;
  date: string;
  issuer: string;
}

/** Where a computed date comes from: the rule table and the regulation it cites. */
export interface LifecycleRuleDto {
  table: string;
  document: string;
  article: string | null;
  note: string | null;
  verify: boolean;
}

export const LIFECYCLE_DATE_KEYS = ['ceremony-deadline', 'recognition-due', 'recognition-consider-by', 'removal-complaint-by'] as const;
export type LifecycleDateKey = (typeof LIFECYCLE_DATE_KEYS)[number];

/** What a date counts from; `decision` = the admission decision, an estimate while no ceremony is recorded. */
export const LIFECYCLE_BASIS_KINDS = ['decision-received', 'ceremony', 'decision', 'probation-end', 'removal-decision'] as const;
export type LifecycleBasisKind = (typeof LIFECYCLE_BASIS_KINDS)[number];

export const LIFECYCLE_DATE_STATES = ['pending', 'due', 'done', 'late', 'overdue'] as const;
export type LifecycleDateState = (typeof LIFECYCLE_DATE_STATES)[number];

/**
 * One computed date: `date` null when the working-day calendar does not cover it (`note` says so);
 * `state` pending = not yet; due = reached, the step to follow has its own deadline; done = the step
 * happened; late = it happened after the date; overdue = not yet and past it.
 */
export interface LifecycleDateDto {
  key: LifecycleDateKey;
  date: string | null;
  state: LifecycleDateState;
  /** What the date counts from. */
  basis: { kind: LifecycleBasisKind; date: string };
  rule: LifecycleRuleDto;
  note: string | null;
}

export interface PartyAgeDto {
  years: number;
  months: number;
  asOf: string;
  since: string;
  deductedDays: number;
  rule: LifecycleRuleDto;
}

export interface LifecycleEventDto {
  id: string;
  kind: LifecycleEventKind;
  periodSeq: number;
  effectiveOn: string;
  decision: LifecycleDecisionDto | null;
  reason: string | null;
  previousStatus: MemberStatus;
  status: MemberStatus;
  /** Action facts: votes, ground, late flags with their rule, the computed due date … */
  details: Record<string, unknown>;
  memberVersion: number;
  recordedAt: string;
  recordedBy: string;
}

export interface MemberLifecycleDto {
  memberId: string;
  version: number;
  status: MemberStatus;
  statusSince: string;
  periodSeq: number;
  admissionDecisionDate: string;
  ceremonyDate: string | null;
  recognitionDate: string | null;
  dates: LifecycleDateDto[];
  partyAge: PartyAgeDto | null;
  recognition: { failedVotes: number; maxVotes: number; escalated: boolean; removalProposed: boolean };
  /** Newest first: one keyset page (50 rows unless the request's `limit` says otherwise). */
  history: LifecycleEventDto[];
  /** The `cursor` of the history's next (older) page; null on its last page. */
  historyNextCursor: string | null;
}

/** What an action answers: the record as it now stands (its version is the new ETag) and the history row. */
export interface LifecycleActionResultDto {
  member: MemberDto;
  event: LifecycleEventDto;
  lifecycle: MemberLifecycleDto;
}
