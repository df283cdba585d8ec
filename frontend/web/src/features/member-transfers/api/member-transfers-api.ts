// Transfers of party activity (/api/v1/member-transfers…) through the generated SDK. A decision
// sends the transfer's version as If-Match.
import type {
  DecideMemberTransferDto,
  IssueMemberTransferDto,
  MemberTransferPageResponseDto,
  MemberTransferResponseDto,
  ReturnMemberTransferDto,
  TransferDeadlinesResponseDto,
  TransferDestinationResponseDto,
  TransferRuleResponseDto,
} from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type MemberTransfer = MemberTransferResponseDto;
export type MemberTransferPage = MemberTransferPageResponseDto;
export type TransferDeadlines = TransferDeadlinesResponseDto;
export type TransferDestination = TransferDestinationResponseDto;
export type TransferRule = TransferRuleResponseDto;
export type IssueTransferInput = IssueMemberTransferDto;
export type DecideTransferInput = DecideMemberTransferDto;
export type ReturnTransferInput = ReturnMemberTransferDto;

export type TransferState = MemberTransfer['state'];
export const TRANSFER_STATES = ['issued', 'in-transit', 'confirmed', 'refused', 'expired', 'cancelled', 'returned'] as const satisfies readonly TransferState[];
export type TransferKind = MemberTransfer['kind'];
export type TemporaryReason = NonNullable<MemberTransfer['temporary']>['reason'];
/** A step one side takes: the three decisions on an open letter, and the early end of a temporary transfer. */
export type TransferDecision = 'confirm' | 'refuse' | 'cancel' | 'return';
export type TransferDirection = 'incoming' | 'outgoing';

export const TRANSFER_PAGE_SIZE = 50;

/** Receiving organisations anywhere in the tree (names only): a letter leaves the sender's subtree. */
export function searchTransferDestinations(api: Api, q: string, signal?: AbortSignal): Promise<TransferDestination[]> {
  return api.call((sdk) => sdk.searchMemberTransferDestinations({ q }, { signal }));
}

export function listMemberTransfers(
  api: Api,
  direction: TransferDirection,
  filter: { state?: TransferState; overdue?: boolean },
  cursor?: string,
  signal?: AbortSignal,
): Promise<MemberTransferPage> {
  const input = { state: filter.state ? [filter.state] : undefined, overdue: filter.overdue ? true : undefined, limit: TRANSFER_PAGE_SIZE, cursor };
  return api.call((sdk) => (direction === 'incoming' ? sdk.listIncomingMemberTransfers(input, { signal }) : sdk.listOutgoingMemberTransfers(input, { signal })));
}

export function transferDeadlines(api: Api, movedOn: string, letterDate: string, signal?: AbortSignal): Promise<TransferDeadlines> {
  return api.call((sdk) => sdk.memberTransferDeadlines({ movedOn, letterDate }, { signal }));
}

export function issueMemberTransfer(api: Api, body: IssueTransferInput): Promise<MemberTransfer> {
  return api.call((sdk) => sdk.issueMemberTransfer({ body }));
}

export function decideMemberTransfer(api: Api, transfer: Pick<MemberTransfer, 'id' | 'version'>, decision: Exclude<TransferDecision, 'return'>, body: DecideTransferInput): Promise<MemberTransfer> {
  const input = { id: transfer.id, ifMatch: transfer.version, body };
  return api.call((sdk) => {
    if (decision === 'confirm') return sdk.confirmMemberTransfer(input);
    if (decision === 'refuse') return sdk.refuseMemberTransfer(input);
    return sdk.cancelMemberTransfer(input);
  });
}

/** A confirmed temporary transfer ends early (POST …/{id}/return, If-Match: the version shown); either side may record it. */
export function returnMemberTransfer(api: Api, transfer: Pick<MemberTransfer, 'id' | 'version'>, body: ReturnTransferInput): Promise<MemberTransfer> {
  return api.call((sdk) => sdk.returnMemberTransfer({ id: transfer.id, ifMatch: transfer.version, body }));
}

/** The letter is out and the receiving side has not answered: the confirmation deadline still runs. */
export function awaitsConfirmation(transfer: Pick<MemberTransfer, 'state'>): boolean {
  return transfer.state === 'issued' || transfer.state === 'in-transit';
}

/** A state a transfer reaches once it no longer awaits confirmation. */
export type SettledState = Exclude<TransferState, 'issued' | 'in-transit'>;

/**
 * The day a transfer that no longer awaits confirmation reached its state: the decision (confirmed,
 * refused, cancelled), the return, or for an expired one the deadline that passed; null while open.
 */
export function settledOn(transfer: Pick<MemberTransfer, 'state' | 'decidedOn' | 'returnedOn' | 'confirmDeadline'>): { state: SettledState; on: string } | null {
  const { state } = transfer;
  if (state === 'issued' || state === 'in-transit') return null;
  const on = state === 'returned' ? transfer.returnedOn : state === 'expired' ? transfer.confirmDeadline : transfer.decidedOn;
  return on ? { state, on } : null;
}

/** Which decisions the caller's side may take now (the server checks again). */
export function decisionsFor(transfer: MemberTransfer, direction: TransferDirection): TransferDecision[] {
  if (transfer.kind === 'temporary' && transfer.state === 'confirmed') return ['return'];
  if (!awaitsConfirmation(transfer)) return [];
  if (direction === 'outgoing') return transfer.toOrg === null ? ['confirm', 'refuse', 'cancel'] : ['cancel'];
  return transfer.state === 'in-transit' ? ['confirm', 'refuse'] : ['refuse'];
}
