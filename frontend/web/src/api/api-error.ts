/** One entry of the error envelope's `details` (DESIGN.md: errors cross boundaries as data). */
export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
}

/** The gateway's error envelope `{ code, message, details?, correlationId }`. */
export interface ErrorEnvelope {
  code: string;
  message: string;
  details?: ErrorDetail[];
  correlationId?: string;
}

/** A failed API call: the envelope when the gateway sent one, a network failure (status 0) otherwise. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly correlationId?: string;
  /** From `Retry-After` (429: a locked login). */
  readonly retryAfterSeconds?: number;

  constructor(status: number, envelope: ErrorEnvelope, retryAfterSeconds?: number) {
    super(envelope.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = envelope.code;
    this.details = envelope.details ?? [];
    this.correlationId = envelope.correlationId;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static network(message: string): ApiError {
    return new ApiError(0, { code: 'CLIENT.NETWORK', message });
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Reads an error body defensively: a proxy's HTML page is not an envelope. */
export async function apiErrorOf(response: Response, fallbackMessage: string): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (isEnvelope(body)) return new ApiError(response.status, body, retryAfterSeconds);
  return new ApiError(response.status, { code: `HTTP.${response.status}`, message: fallbackMessage }, retryAfterSeconds);
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['code'] === 'string' && typeof record['message'] === 'string' && (record['details'] === undefined || Array.isArray(record['details']));
}
