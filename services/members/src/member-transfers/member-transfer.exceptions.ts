import { MEMBER_TRANSFER_STATE_LABELS, type ErrorDetail, type MemberTransferState } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';

/** A transfer outside both of the caller's sides, or absent: 404 that says nothing of its existence. */
export function transferNotFound(lang: Language): DomainError {
  return DomainError.localized('COMMON.NOT_FOUND', lang, [
    { field: 'id', code: 'notFound', message: lang === 'vi' ? 'id: không tìm thấy phiếu chuyển sinh hoạt đảng' : 'id: no such transfer of party activity' },
  ]);
}

/** If-Match named an older version: 412. */
export function transferVersionMismatch(lang: Language): DomainError {
  return DomainError.localized('COMMON.PRECONDITION_FAILED', lang);
}

/** The step is not allowed in the transfer's state (e.g. confirming twice): 409 with the state named in words. */
export function transferStateConflict(lang: Language, state: MemberTransferState, action: string): DomainError {
  const label = MEMBER_TRANSFER_STATE_LABELS[state][lang];
  return DomainError.localized('COMMON.CONFLICT', lang, [
    {
      field: 'state',
      code: 'invalidState',
      message: lang === 'vi' ? `state: không thể ${action} khi phiếu đang ở trạng thái "${label}"` : `state: cannot ${action} a transfer in state "${label}"`,
    },
  ]);
}

export function invalidTransfer(lang: Language, details: ErrorDetail[]): DomainError {
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, details);
}
