import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { ApiErrorStatus } from '../errors/http-status-by-code';
import { ErrorEnvelopeDto } from './error-envelope.dto';

const DESCRIPTIONS: Record<ApiErrorStatus, string> = {
  400: 'Malformed or invalid input (see `details`)',
  401: 'No or bad credentials',
  403: 'Visible but not allowed',
  404: 'Not found or not visible',
  409: 'Conflicts with the current state',
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

/** The error answers an operation can give, all in the error envelope; 500/503/504 are always possible. */
export function ApiErrorResponses(...statuses: ApiErrorStatus[]): MethodDecorator & ClassDecorator {
  const all = [...new Set<ApiErrorStatus>([...statuses, 500, 503, 504])];
  return applyDecorators(...all.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorEnvelopeDto })));
}
