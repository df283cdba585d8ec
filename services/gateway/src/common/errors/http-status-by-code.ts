import type { ErrorCode } from '@lienthong/contracts';

/** The statuses the public API answers with (DESIGN.md, "Public REST API"). */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 503 | 504;

/**
 * The one place an error code becomes an HTTP status. Exhaustive: a code added to
 * `ERROR_CODES` without a line here fails to compile.
 */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, ApiErrorStatus> = {
  'COMMON.VALIDATION_FAILED': 400,
  'COMMON.MALFORMED_REQUEST': 400,
  'COMMON.UNAUTHENTICATED': 401,
  'COMMON.FORBIDDEN': 403,
  'COMMON.NOT_FOUND': 404,
  'COMMON.ROUTE_NOT_FOUND': 404,
  'COMMON.CONFLICT': 409,
  'COMMON.PRECONDITION_FAILED': 412,
  'COMMON.PRECONDITION_REQUIRED': 428,
  'COMMON.PAYLOAD_TOO_LARGE': 413,
  'COMMON.UNSUPPORTED_MEDIA_TYPE': 415,
  'COMMON.RULE_VIOLATION': 422,
  'COMMON.RATE_LIMITED': 429,
  'COMMON.SERVICE_UNAVAILABLE': 503,
  'COMMON.TIMEOUT': 504,
  'COMMON.INTERNAL': 500,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.TOKEN_INVALID': 401,
  // The gateway signs every context itself: a service refusing one means the gateway and
  // the service disagree on the key or the clock — our fault, not the caller's.
  'AUTH.CONTEXT_INVALID': 500,
  'AUTH.PASSWORD_CHANGE_REQUIRED': 403,
  'AUTH.PASSWORD_TOO_WEAK': 422,
  'AUTH.CURRENT_PASSWORD_WRONG': 422,
  'AUTH.LOGIN_LOCKED': 429,
  'AUTH.REFRESH_TOKEN_INVALID': 401,
  'AUTH.CLIENT_INVALID': 401,
  'USERS.USER_NOT_FOUND': 404,
  'USERS.USERNAME_TAKEN': 409,
  'USERS.VERSION_MISMATCH': 412,
  'USERS.ROLE_UNKNOWN': 422,
  'MEMBERS.ORG_NOT_FOUND': 404,
  // A parent named in the body that does not exist: the request is well-formed but refused.
  'MEMBERS.ORG_PARENT_NOT_FOUND': 422,
  'MEMBERS.ORG_PARENT_CLOSED': 422,
  'MEMBERS.ORG_MOVE_CYCLE': 422,
  // The target's current state (closed) is what conflicts, not the request.
  'MEMBERS.ORG_CLOSED': 409,
  'MEMBERS.ORG_HAS_OPEN_CHILDREN': 422,
  'MEMBERS.ORG_KIND_NOT_ALLOWED': 422,
  'MEMBERS.ORG_SHORT_NAME_TAKEN': 409,
  'MEMBERS.ORG_VERSION_MISMATCH': 412,
  'MEMBERS.MEMBER_NOT_FOUND': 404,
  'MEMBERS.MEMBER_VERSION_MISMATCH': 412,
  // Field-level conflict with another record (details name the field).
  'MEMBERS.CITIZEN_ID_TAKEN': 409,
  'MEMBERS.CARD_NUMBER_TAKEN': 409,
  // The account has no member record to show.
  'MEMBERS.MEMBER_RECORD_NOT_LINKED': 404,
  'MEMBERS.CORRECTION_NOT_FOUND': 404,
  'MEMBERS.CORRECTION_CLOSED': 409,
  'MEMBERS.EXPORT_NOT_FOUND': 404,
  // The export is queued, running or failed: its state, not the request, stands in the way.
  'MEMBERS.EXPORT_NOT_READY': 409,
  // The file was kept 24 hours and deleted: gone for good, the caller must export again.
  'MEMBERS.EXPORT_EXPIRED': 410,
  // Too many members for a file written inside the request (the gateway's threshold): a rule sends the caller to a background export.
  'MEMBERS.EXPORT_TOO_LARGE': 422,
  'MEMBERS.ORG_MERGE_INTO_DESCENDANT': 422,
  'MEMBERS.ORG_TERM_NOT_FOUND': 404,
  // Another term already covers the dates, or one is still open: the tree's state conflicts.
  'MEMBERS.ORG_TERM_OVERLAP': 409,
  'MEMBERS.ORG_TERM_CLOSED': 409,
  'MEMBERS.ORG_TERM_VERSION_MISMATCH': 412,
  'DOCUMENTS.REGISTER_NOT_FOUND': 404,
  'FINANCE.RULE_NOT_FOUND': 404,
  'RESOLUTIONS.RESOLUTION_NOT_FOUND': 404,
  'API_CLIENTS.CLIENT_NOT_FOUND': 404,
  'API_CLIENTS.CLIENT_REVOKED': 409,
  'API_CLIENTS.PERMISSION_NOT_GRANTABLE': 422,
  // The same Idempotency-Key with another request: a rule refuses it (DESIGN.md, status codes).
  'IDEMPOTENCY.KEY_REUSED': 422,
  // The first request with this key is still running: retry later.
  'IDEMPOTENCY.IN_PROGRESS': 409,
  'EXTERNAL_REFS.EXTERNAL_ID_TAKEN': 409,
  'CHANGES.CURSOR_EXPIRED': 410,
  'WEBHOOKS.WEBHOOK_NOT_FOUND': 404,
  'WEBHOOKS.DELIVERY_NOT_FOUND': 404,
};

export function httpStatusOf(code: ErrorCode): ApiErrorStatus {
  return HTTP_STATUS_BY_CODE[code];
}
