// Transfers of party activity (/api/v1/member-transfers…): new routes, called through the app's HTTP
// client with types written from the gateway's DTOs until the lead regenerates the SDK. A decision
// sends the transfer's version as If-Match.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';
import { getJson } from '../../due-items/api/due-items-api';

export const TRANSFER_STATES = ['issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled', 'returned'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];
export type TransferKind = 'official' | 'temporary';
export type TemporaryReason = 'residence-or-work' | 'domestic-study';
export type TransferDecision = 'confirm' | 'refuse' | 'cancel';
export type TransferDirection = 'incoming' | 'outgoing';

export interface TransferRule {
  rule: string;
  workingDays?: number;
  document: string;
  article: string | null;
  note: string | null;
  verify: boolean;
}

export interface MemberTransfer {
  id: string;
  kind: TransferKind;
  state: TransferState;
  member: { id: string; fullName: string; dateOfBirth: string; cardNumber: string | null; firstAdmissionDecisionDate: string; statusBefore: string };
  fromOrg: { id: string; name: string };
  toOrg: { id: string; name: string } | null;
  externalOrgName: string | null;
  letter: { number: string; date: string; issuer: string };
  movedOn: string;
  startDeadline: string;
  startLate: boolean;
  lateExplanation: string | null;
  confirmDeadline: string;
  overdue: boolean;
  temporary: { reason: TemporaryReason; from: string; until: string } | null;
  rules: TransferRule[];
  note: string | null;
  decidedOn: string | null;
  decisionNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemberTransferPage {
  items: MemberTransfer[];
  nextCursor: string | null;
}

export interface TransferDeadlines {
  movedOn: string;
  letterDate: string;
  startDeadline: string;
  startLate: boolean;
  confirmDeadline: string;
  rules: TransferRule[];
}

export interface IssueTransferInput {
  memberId: string;
  kind: TransferKind;
  toOrgId?: string;
  externalOrgName?: string;
  letterNumber: string;
  letterDate: string;
  letterIssuer: string;
  movedOn: string;
  lateExplanation?: string;
  temporaryReason?: TemporaryReason;
  temporaryFrom?: string;
  temporaryUntil?: string;
  note?: string;
}

export interface TransferDestination {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  parentName: string | null;
}

export const TRANSFER_PAGE_SIZE = 50;

/** Receiving organisations anywhere in the tree (names only): a letter leaves the sender's subtree. */
export function searchTransferDestinations(api: Api, q: string, signal?: AbortSignal): Promise<TransferDestination[]> {
  return getJson<TransferDestination[]>(api, '/api/v1/member-transfers/destinations', { q }, signal);
}

export function listMemberTransfers(
  api: Api,
  direction: TransferDirection,
  filter: { state?: TransferState; overdue?: boolean },
  cursor?: string,
  signal?: AbortSignal,
): Promise<MemberTransferPage> {
  return getJson<MemberTransferPage>(api, `/api/v1/member-transfers/${direction}`, { state: filter.state, overdue: filter.overdue ? 'true' : undefined, limit: TRANSFER_PAGE_SIZE, cursor }, signal);
}

export function transferDeadlines(api: Api, movedOn: string, letterDate: string, signal?: AbortSignal): Promise<TransferDeadlines> {
  return getJson<TransferDeadlines>(api, '/api/v1/member-transfers/deadlines', { movedOn, letterDate }, signal);
}

async function postJson<T>(api: Api, path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await api.http.authorizedFetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as T;
}

export function issueMemberTransfer(api: Api, body: IssueTransferInput): Promise<MemberTransfer> {
  return postJson<MemberTransfer>(api, '/api/v1/member-transfers', body);
}

export function decideMemberTransfer(api: Api, transfer: Pick<MemberTransfer, 'id' | 'version'>, decision: TransferDecision, body: { decidedOn?: string; note?: string }): Promise<MemberTransfer> {
  return postJson<MemberTransfer>(api, `/api/v1/member-transfers/${encodeURIComponent(transfer.id)}/${decision}`, body, { 'If-Match': `"${transfer.version}"` });
}

/** Which decisions the caller's side may take now (the server checks again). */
export function decisionsFor(transfer: MemberTransfer, direction: TransferDirection): TransferDecision[] {
  const open = transfer.state === 'issued' || transfer.state === 'in-transit';
  if (!open) return [];
  if (direction === 'outgoing') return transfer.toOrg === null ? ['confirm', 'refuse', 'cancel'] : ['cancel'];
  return transfer.state === 'in-transit' ? ['confirm', 'refuse'] : ['refuse'];
}
