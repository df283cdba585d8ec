import type { DecideMemberTransferRequest, ReturnMemberTransferRequest } from '@lienthong/contracts';
import { DomainError, type HandlerContext } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import type { ActorScope, ScopedAccess } from '../scope';
import { transferNotFound, transferStateConflict, transferVersionMismatch, invalidTransfer } from './member-transfer.exceptions';
import type { MemberTransferRepository, VisibleTransfer } from './member-transfer.repository';
import { fieldDetail } from './transfer-deadlines';

export type DecidingSide = 'receiving' | 'sending';

interface AccessDeps {
  transfers: MemberTransferRepository;
  access: ScopedAccess;
}

/** The transfer row-locked, seen from one of the caller's sides (else 404), with the caller's scope. */
async function loadVisible(m: EntityManager, deps: AccessDeps, id: string, context: HandlerContext): Promise<{ found: VisibleTransfer; scope: ActorScope }> {
  const scope = await deps.access.scopeOf(context, m);
  const found = await deps.transfers.findVisible(m, id, scope, true);
  if (!found) throw transferNotFound(context.language);
  return { found, scope };
}

/**
 * Loads an open transfer for a decision, row-locked: visible from one side (else 404), decided by
 * `side` (seen only from the other side: 403) (the receiving side confirms and refuses; for an organisation outside the system the
 * sending side records its answer; the sending side cancels) with members:write there (else 403),
 * at the version the caller read (else 412), still open (else 409), on a valid day.
 */
export async function loadForDecision(
  m: EntityManager,
  deps: AccessDeps,
  request: DecideMemberTransferRequest,
  context: HandlerContext,
  side: DecidingSide,
  action: { vi: string; en: string },
): Promise<{ found: VisibleTransfer; decidedOn: string; today: string }> {
  const { language } = context;
  const { found, scope } = await loadVisible(m, deps, request.id, context);
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

/**
 * Loads a transfer for its early end, row-locked: visible from either side (else 404) — the home side
 * and the host side may both record the return — with members:write (else 403), at the version the
 * caller read (else 412), a temporary transfer the host confirmed (else 409).
 */
export async function loadForReturn(m: EntityManager, deps: AccessDeps, request: ReturnMemberTransferRequest, context: HandlerContext): Promise<{ found: VisibleTransfer; today: string }> {
  const { language } = context;
  const { found, scope } = await loadVisible(m, deps, request.id, context);
  const { transfer } = found;
  deps.access.assertMayWrite(context, scope, { id: found.sending ? transfer.fromOrgId : (transfer.toOrgId ?? transfer.fromOrgId) });
  if (transfer.version !== request.expectedVersion) throw transferVersionMismatch(language);
  if (transfer.kind !== 'temporary') {
    throw DomainError.localized('COMMON.CONFLICT', language, [
      fieldDetail(language)('kind', 'notTemporary', 'chỉ phiếu chuyển sinh hoạt tạm thời mới kết thúc sớm được', 'only a temporary transfer can end early'),
    ]);
  }
  if (transfer.state !== 'confirmed') throw transferStateConflict(language, transfer.state, language === 'vi' ? 'ghi trở về sớm' : 'record an early return for');
  return { found, today: partyToday() };
}
