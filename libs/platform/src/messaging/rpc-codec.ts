import type { ErrorEnvelope } from '@lienthong/contracts';
import { DomainError } from '../errors/domain-error';

/** The reply body on the wire: data on success, the error envelope otherwise. */
export type RpcReplyBody<T> = { ok: true; data: T } | { ok: false; error: ErrorEnvelope };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** Decodes a JSON body; a body that is not UTF-8 JSON is a validation failure, not a crash. */
export function decodeJson(data: Uint8Array): unknown {
  if (data.length === 0) return undefined;
  try {
    return JSON.parse(decoder.decode(data));
  } catch {
    throw new DomainError('COMMON.VALIDATION_FAILED', 'Message body is not valid UTF-8 JSON', [
      { field: '', code: 'malformedJson', message: 'Message body is not valid UTF-8 JSON' },
    ]);
  }
}

export function encodeReply<T>(body: RpcReplyBody<T>): Uint8Array {
  return encodeJson(body);
}

export function decodeReply<T>(data: Uint8Array): T {
  const body = decodeJson(data) as RpcReplyBody<T> | undefined;
  if (!body || typeof body !== 'object' || typeof body.ok !== 'boolean') {
    throw new DomainError('COMMON.INTERNAL', 'Malformed reply from a service');
  }
  if (!body.ok) throw DomainError.fromEnvelope(body.error);
  return body.data;
}

export function payloadTooLarge(size: number, limit: number): DomainError {
  return new DomainError('COMMON.PAYLOAD_TOO_LARGE', `Message of ${size} bytes exceeds the ${limit}-byte limit`);
}
