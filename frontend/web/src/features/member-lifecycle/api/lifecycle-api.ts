// The member lifecycle routes (GET /api/v1/members/{id}/lifecycle, POST …/lifecycle/{action}): new
// routes, called through the app's HTTP client with types written from the gateway's DTOs until the
// SDK is regenerated. An action sends the record's version as If-Match.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';
import type { Member, MemberStatus } from '../../members/api/members-api';

export const LIFECYCLE_ACTIONS = ['admission', 'ceremony', 'recognition', 'exemption', 'exemption-end', 'removal', 'expulsion', 'leaving', 'death'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export const EXEMPTION_GROUNDS = ['tuoi-cao', 'suc-khoe-yeu', 'cong-tac-xa'] as const;
export const REMOVAL_GROUNDS = [
  'bo-sinh-hoat-dong-dang-phi',
  'tu-y-tra-the',
  'khong-tien-bo-sau-giao-duc',
  'vi-pham-tu-cach-2-nam',
  'khong-dat-tieu-chuan-chinh-tri',
  'du-bi-khong-du-tu-cach',
] as const;
export const RECOGNITION_OUTCOMES = ['approved', 'vote-failed', 'not-recognised'] as const;

export interface LifecycleRule {
  table: string;
  document: string;
  article: string | null;
  note: string | null;
  verify: boolean;
}

export type LifecycleDateKey = 'ceremony-deadline' | 'recognition-due' | 'recognition-consider-by' | 'removal-complaint-by';

export interface LifecycleDate {
  key: LifecycleDateKey;
  date: string | null;
  state: 'pending' | 'due' | 'done' | 'late' | 'overdue';
  basis: { kind: 'decision-received' | 'ceremony' | 'decision' | 'probation-end' | 'removal-decision'; date: string };
  rule: LifecycleRule;
  note: string | null;
}

export interface LifecycleDecision {
  number: string;
  date: string;
  issuer: string;
}

export interface LifecycleEvent {
  id: string;
  kind: string;
  periodSeq: number;
  effectiveOn: string;
  decision: LifecycleDecision | null;
  reason: string | null;
  previousStatus: MemberStatus;
  status: MemberStatus;
  details: Record<string, unknown>;
  memberVersion: number;
  recordedAt: string;
  recordedBy: string;
}

export interface MemberLifecycle {
  memberId: string;
  version: number;
  status: MemberStatus;
  statusSince: string;
  periodSeq: number;
  admissionDecisionDate: string;
  ceremonyDate: string | null;
  recognitionDate: string | null;
  dates: LifecycleDate[];
  partyAge: { years: number; months: number; asOf: string; since: string; deductedDays: number; rule: LifecycleRule } | null;
  recognition: { failedVotes: number; maxVotes: number; escalated: boolean; removalProposed: boolean };
  history: LifecycleEvent[];
}

export interface LifecycleActionResult {
  member: Member;
  event: LifecycleEvent;
  lifecycle: MemberLifecycle;
}

/** The body of an action, as the gateway's DTOs take it. */
export type LifecycleActionBody = Record<string, unknown>;

const base = (memberId: string) => `/api/v1/members/${encodeURIComponent(memberId)}/lifecycle`;

export async function getMemberLifecycle(api: Api, memberId: string, signal?: AbortSignal): Promise<MemberLifecycle> {
  const response = await api.http.authorizedFetch(base(memberId), { method: 'GET', signal });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as MemberLifecycle;
}

export async function runLifecycleAction(api: Api, memberId: string, action: LifecycleAction, version: number, body: LifecycleActionBody): Promise<LifecycleActionResult> {
  const response = await api.http.authorizedFetch(`${base(memberId)}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as LifecycleActionResult;
}
