/**
 * Every error code that crosses a boundary. Codes are namespaced `<AREA>.<REASON>`.
 * The gateway maps each one to exactly one HTTP status in an exhaustive table
 * (`services/gateway/src/common/errors/http-status-by-code.ts`): adding a code here
 * without mapping it there fails to compile.
 */
export const ERROR_CODES = [
  'COMMON.VALIDATION_FAILED',
  'COMMON.MALFORMED_REQUEST',
  'COMMON.UNAUTHENTICATED',
  'COMMON.FORBIDDEN',
  'COMMON.NOT_FOUND',
  'COMMON.ROUTE_NOT_FOUND',
  'COMMON.CONFLICT',
  'COMMON.PRECONDITION_FAILED',
  'COMMON.PRECONDITION_REQUIRED',
  'COMMON.PAYLOAD_TOO_LARGE',
  'COMMON.UNSUPPORTED_MEDIA_TYPE',
  'COMMON.RULE_VIOLATION',
  'COMMON.RATE_LIMITED',
  'COMMON.SERVICE_UNAVAILABLE',
  'COMMON.TIMEOUT',
  'COMMON.INTERNAL',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.TOKEN_INVALID',
  'AUTH.CONTEXT_INVALID',
  'MEMBERS.ORG_NOT_FOUND',
  'MEMBERS.ORG_PARENT_NOT_FOUND',
  'MEMBERS.ORG_PARENT_CLOSED',
  'MEMBERS.ORG_MOVE_CYCLE',
  'MEMBERS.ORG_CLOSED',
  'MEMBERS.ORG_HAS_OPEN_CHILDREN',
  'MEMBERS.ORG_KIND_NOT_ALLOWED',
  'MEMBERS.ORG_SHORT_NAME_TAKEN',
  'MEMBERS.ORG_VERSION_MISMATCH',
  'DOCUMENTS.REGISTER_NOT_FOUND',
  'FINANCE.RULE_NOT_FOUND',
  'RESOLUTIONS.RESOLUTION_NOT_FOUND',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
