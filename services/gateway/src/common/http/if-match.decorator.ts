import { DomainError } from '@lienthong/platform';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestValidationError } from '../validation/request-validation.error';

/** Our ETags are the record's version as a strong entity tag: `"7"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

const STRONG_VERSION_TAG = /^"([1-9]\d{0,14})"$/;

/**
 * The version the caller last saw, from `If-Match` (RFC 9110 §13.1.1). Missing → 428, so
 * that no concurrent edit is silently overwritten. Only a single strong tag is accepted:
 * `*` and weak tags would switch the check off.
 */
export function expectedVersionOf(header: string | undefined): number {
  if (header === undefined || header.trim() === '') throw new DomainError('COMMON.PRECONDITION_REQUIRED');
  const match = STRONG_VERSION_TAG.exec(header.trim());
  if (!match?.[1]) throw RequestValidationError.field('If-Match', 'ifMatch', header);
  return Number(match[1]);
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"3"` matches `"3"`, and `*` matches anything. */
export function matchesAnyTag(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number =>
  expectedVersionOf(context.switchToHttp().getRequest<Request>().headers['if-match']),
);
