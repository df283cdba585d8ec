import type { ErrorDetailDto, ErrorEnvelopeDto } from '../generated/schemas';

/** Error codes the API documents (the server may add codes: compare with strings, keep a default branch). */
export type LienThongErrorCode = ErrorEnvelopeDto['code'];

/** An error answer of the API: the gateway's envelope `{code, message, details?, correlationId}` with its HTTP status. */
export class LienThongApiError extends Error {
  override readonly name = 'LienThongApiError';

  constructor(
    readonly status: number,
    readonly code: LienThongErrorCode,
    message: string,
    /** Field by field for 400/422: `field` is the input's path (`parentId`, `roles[0]`), `message` is ready to show. */
    readonly details: readonly ErrorDetailDto[],
    readonly correlationId: string | undefined,
    /** Seconds from Retry-After (429, 503), when the server sent it. */
    readonly retryAfterSeconds: number | undefined,
    readonly operationId: string,
  ) {
    super(message);
  }

  /** The first message per field, for a form: `{ name: 'Tên: phải có ít nhất 2 ký tự' }`. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const detail of this.details) byField[detail.field] ??= detail.message;
    return byField;
  }
}

/** The gateway could not be reached (or did not answer in time), after every retry. */
export class LienThongNetworkError extends Error {
  override readonly name = 'LienThongNetworkError';

  constructor(
    message: string,
    readonly operationId: string,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

const CODE_BY_STATUS: Record<number, LienThongErrorCode> = {
  400: 'COMMON.MALFORMED_REQUEST',
  401: 'COMMON.UNAUTHENTICATED',
  403: 'COMMON.FORBIDDEN',
  404: 'COMMON.ROUTE_NOT_FOUND',
  409: 'COMMON.CONFLICT',
  413: 'COMMON.PAYLOAD_TOO_LARGE',
  415: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  429: 'COMMON.RATE_LIMITED',
  502: 'COMMON.SERVICE_UNAVAILABLE',
  503: 'COMMON.SERVICE_UNAVAILABLE',
  504: 'COMMON.TIMEOUT',
};

const FALLBACK_MESSAGE = {
  vi: (status: number) => `Máy chủ trả lời lỗi HTTP ${status}.`,
  en: (status: number) => `The server answered HTTP ${status}.`,
};

function isEnvelope(body: unknown): body is ErrorEnvelopeDto {
  const candidate = body as Partial<ErrorEnvelopeDto> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Seconds of a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds the error of a non-2xx answer; a body that is not the envelope (a proxy's page) still gives a typed error. */
export async function apiErrorOf(response: Response, operationId: string, language: 'vi' | 'en'): Promise<LienThongApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const correlationId = response.headers.get('x-correlation-id') ?? undefined;
  if (isEnvelope(body)) {
    const details = Array.isArray(body.details) ? body.details : [];
    return new LienThongApiError(response.status, body.code, body.message, details, body.correlationId ?? correlationId, retryAfter, operationId);
  }
  const code = CODE_BY_STATUS[response.status] ?? 'COMMON.INTERNAL';
  return new LienThongApiError(response.status, code, FALLBACK_MESSAGE[language](response.status), [], correlationId, retryAfter, operationId);
}
