import type { DecideMemberTransferRequest } from '@lienthong/contracts';
import { DomainError, type HandlerContext } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import type { ScopedAccess } from '../scope';
import { transferNotFound, transferStateConflict, transferVersionMismatch, invalidTransfer } from './member-transfer.exceptions';
import type { MemberTransferRepository, VisibleTransfer } from './member-transfer.repository';
import { fieldDetail } from './transfer-deadlines';

export type DecidingSide = 'receiving' | 'sending';

/**
 * Loads an open transfer for a decision, row-locked: visible from one side (else 404), decided by
 * `side` (seen only from the other side: 403) (the receiving side confirms and refuses; for an organisation outside the system the
 * sending side records its answer; the sending side cancels) with members:write there (else 403),
 * at the version the caller read (else 412), still open (else 409), on a valid day.
 */
export async function loadForDecision(
  m: EntityManager,
  deps: { transfers: MemberTransferRepository; access: ScopedAccess },
  request: DecideMemberTransferRequest,
  context: HandlerContext,
  side: DecidingSide,
  action: { vi: string; en: string },
): Promise<{ found: VisibleTransfer; decidedOn: string; today: string }> {
  const { language } = context;
  const scope = await deps.access.scopeOf(context, m);
  const found = await deps.transfers.findVisible(m, request.id, scope, true);
  if (!found) throw transferNotFound(language);
  const { transfer } = found;
  const decidingOrgId = side === 'receiving' && transfer.toOrgId !== null ? transfer.toOrgId : transfer.fromOrgId;
  const onSide = decidingOrgId === transfer.toOrgId ? found.receiving : found.sending;
  if (!onSide) throw DomainError.localized('COMMON.FORBIDDEN', language);
  deps.access.assertMayWrite(context, scope, { id: decidingOrgId });
  if (transfer.version !== request.expectedVersion) throw transferVersionMismatch(language);
  const allowed = side === 'receiving' && transfer.toOrgId !== null ? ['in-transit'] : ['issued', 'in-transit'];
  if (!allowed.includes(transfer.state)) throw transferStateConflict(language, transfer.state, language === 'vi' ? action.vi : action.en);
  const today = partyToday();
  const decidedOn = request.decidedOn ?? today;
  const field = fieldDetail(language);
  if (decidedOn > today) throw invalidTransfer(language, [field('decidedOn', 'inFuture', 'không được sau ngày hôm nay', 'must not be after today')]);
  if (decidedOn < transfer.letterDate && side === 'receiving') {
    throw invalidTransfer(language, [field('decidedOn', 'beforeLetter', 'không được trước ngày ký giấy giới thiệu', 'must not be before the letter date')]);
  }
  return { found, decidedOn, today };
}
