import { apiErrorOf, LienThongNetworkError } from './api-error';
import { buildRequest } from './build-request';
import type { LienThongClientOptions, LienThongLanguage } from './client-options';
import { newIdempotencyKey } from './idempotency-key';
import type { OperationCaller, OperationSpec } from './operation-spec';
import type { RequestOptions } from './request-options';
import { isRetryable, retryDelayMs } from './retry-policy';
import { sleep, withTimeout } from './timing';

interface Settings {
  baseUrl: string;
  fetch: NonNullable<LienThongClientOptions['fetch']>;
  language: () => LienThongLanguage;
  retries: number;
  backoff: { baseDelayMs: number; maxDelayMs: number };
  timeoutMs: number;
  getAccessToken: () => Promise<string | null | undefined>;
}

function settingsOf(options: LienThongClientOptions): Settings {
  const { language } = options;
  return {
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    language: typeof language === 'function' ? language : () => language ?? 'vi',
    retries: Math.max(0, options.retries ?? 2),
    backoff: { baseDelayMs: options.retryBaseDelayMs ?? 300, maxDelayMs: options.maxRetryDelayMs ?? 30_000 },
    timeoutMs: options.timeoutMs ?? 30_000,
    getAccessToken: async () => (options.getAccessToken ? options.getAccessToken() : undefined),
  };
}

/** One refresh at a time: concurrent 401s wait for the same call of the hook. */
function singleFlight(hook: LienThongClientOptions['onUnauthorized']): ((error: Error) => Promise<boolean>) | undefined {
  if (!hook) return undefined;
  let pending: Promise<boolean> | undefined;
  return (error) => {
    pending ??= hook(error).finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

async function parseSuccess<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The request loop behind every SDK method: headers (language, token, idempotency key), one attempt
 * at a time with a time limit, retries with backoff (the same Idempotency-Key on each), one refresh
 * on 401, and typed errors.
 */
export function createOperationCaller(options: LienThongClientOptions): OperationCaller {
  const settings = settingsOf(options);
  const refresh = singleFlight(options.onUnauthorized);

  return async function call<T>(spec: OperationSpec, input: object | undefined, callOptions: RequestOptions | undefined): Promise<T> {
    const wire = buildRequest(settings.baseUrl, spec, input);
    const idempotencyKey = spec.idempotencyKey ? (callOptions?.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const retries = Math.max(0, callOptions?.retries ?? settings.retries);
    const signal = callOptions?.signal;
    let refreshed = false;

    for (let attempt = 0; ; attempt++) {
      const language = settings.language();
      const headers: Record<string, string> = { ...callOptions?.headers, ...wire.headers, 'Accept-Language': language };
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      const token = spec.secured ? await settings.getAccessToken() : undefined;
      if (token) headers['Authorization'] = `Bearer ${token}`;

      let response: Response;
      try {
        response = await withTimeout(settings.timeoutMs, signal, (attemptSignal) =>
          settings.fetch(wire.url, { method: wire.method, headers, body: wire.body, signal: attemptSignal }),
        );
      } catch (cause) {
        if (signal?.aborted) throw cause;
        if (attempt < retries && isRetryable(spec, { network: true })) {
          await sleep(retryDelayMs(attempt, undefined, settings.backoff) ?? 0, signal);
          continue;
        }
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new LienThongNetworkError(`${spec.operationId}: no answer from ${settings.baseUrl || 'the gateway'} (${reason})`, spec.operationId, cause);
      }
      if (response.ok) return parseSuccess<T>(response);

      const error = await apiErrorOf(response, spec.operationId, language);
      if (error.status === 401 && spec.secured && refresh && !refreshed) {
        refreshed = true;
        // Another call may have refreshed while this one was in flight: then just repeat it.
        const renewed = (await settings.getAccessToken()) !== token || (await refresh(error));
        if (renewed) {
          attempt--;
          continue;
        }
      }
      if (attempt < retries && isRetryable(spec, { status: error.status })) {
        const delay = retryDelayMs(attempt, error.retryAfterSeconds, settings.backoff);
        if (delay !== undefined) {
          await sleep(delay, signal);
          continue;
        }
      }
      throw error;
    }
  };
}
