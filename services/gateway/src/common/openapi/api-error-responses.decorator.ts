import type { ErrorCode } from '@lienthong/contracts';
import { errorMessage } from '@lienthong/platform';
import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { HTTP_STATUS_BY_CODE, type ApiErrorStatus } from '../errors/http-status-by-code';
import { ErrorEnvelopeDto } from './error-envelope.dto';

const DESCRIPTIONS: Record<ApiErrorStatus, string> = {
  400: 'Malformed or invalid input (see `details`)',
  401: 'No or bad credentials',
  403: 'Visible but not allowed',
  404: 'Not found or not visible',
  409: 'Conflicts with the current state',
  410: 'Gone: older than what is kept (a change-feed cursor past its retention, an export file past its 24 hours)',
  412: 'If-Match does not match the current version',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'A domain rule refuses it',
  428: 'If-Match is required',
  429: 'Rate limited',
  500: 'Internal error',
  503: 'A dependency is unavailable',
  504: 'A dependency did not answer in time',
};

/** A route that does not exist is the router's answer, never a declared operation's. */
const NOT_FOR_OPERATIONS = new Set<ErrorCode>(['COMMON.ROUTE_NOT_FOUND']);

const EXAMPLE_CORRELATION_ID = '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f';

/**
 * The codes an answer with `status` can carry: the operation's own, then the cross-cutting `COMMON.*`
 * ones; for a status no common code has (410), every code the table maps to it.
 */
function codesFor(status: ApiErrorStatus, own: ErrorCode[]): ErrorCode[] {
  const withStatus = (Object.keys(HTTP_STATUS_BY_CODE) as ErrorCode[]).filter((code) => HTTP_STATUS_BY_CODE[code] === status && !NOT_FOR_OPERATIONS.has(code));
  const common = withStatus.filter((code) => code.startsWith('COMMON.'));
  const mine = own.filter((code) => HTTP_STATUS_BY_CODE[code] === status);
  return [...new Set([...mine, ...(mine.length === 0 && common.length === 0 ? withStatus : common)])];
}

function exampleOf(code: ErrorCode) {
  const details = code === 'COMMON.VALIDATION_FAILED' ? [{ field: 'parentId', code: 'isUuid', message: 'parentId: phải là mã định danh UUID' }] : undefined;
  return {
    summary: errorMessage(code, 'vi'),
    value: { code, message: errorMessage(code, 'vi'), ...(details ? { details } : {}), correlationId: EXAMPLE_CORRELATION_ID },
  };
}

/**
 * The error answers an operation can give, all in the error envelope; 500/503/504 are always possible.
 * Pass statuses and the operation's own error codes (a code implies its status):
 * `@ApiErrorResponses(400, 401, 403, 'MEMBERS.ORG_SHORT_NAME_TAKEN')`. Each answer lists its codes
 * in the description and carries one example per code.
 */
export function ApiErrorResponses(...entries: (ApiErrorStatus | ErrorCode)[]): MethodDecorator & ClassDecorator {
  const own = entries.filter((entry): entry is ErrorCode => typeof entry === 'string');
  const statuses = [...entries.filter((entry): entry is ApiErrorStatus => typeof entry === 'number'), ...own.map((code) => HTTP_STATUS_BY_CODE[code])];
  const all = [...new Set<ApiErrorStatus>([...statuses, 500, 503, 504])].sort((a, b) => a - b);
  return applyDecorators(
    ...all.map((status) => {
      const codes = codesFor(status, own);
      return ApiResponse({
        status,
        description: `${DESCRIPTIONS[status]}. Codes: ${codes.map((code) => `\`${code}\``).join(', ') || 'none documented'}`,
        type: ErrorEnvelopeDto,
        examples: Object.fromEntries(codes.map((code) => [code, exampleOf(code)])),
      });
    }),
  );
}
