import { ApiError, apiErrorOf } from './api-error';
import type { SessionTokens, TokenPair } from './session-tokens';

/** `fetch` as the browser has it, with a URL string (what the generated SDK calls too). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  /** `/api/v1`: the SPA is served by the gateway (or Vite's proxy), so same origin. */
  baseUrl: string;
  tokens: SessionTokens;
  /** The UI's language, sent as Accept-Language so that messages come back in it. */
  language: () => string;
  /** Shown when the server cannot be reached at all. */
  networkMessage: () => string;
  /** Called once when a refresh is refused: the session is over and the user must sign in. */
  onSessionEnded?: () => void;
  fetch?: FetchLike;
  now?: () => number;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** false for login/refresh: no bearer token, no refresh on 401. */
  auth?: boolean;
  signal?: AbortSignal;
}

/**
 * The SPA's only way to the gateway. `authorizedFetch` has fetch's signature (the generated SDK
 * takes it as its fetch): it adds the bearer token and Accept-Language, renews an expiring access
 * token before sending, and on a 401 renews once and sends again. Renewal is single-flight: while
 * one refresh is in flight, every other request waits for it instead of starting its own (a
 * refresh token is single-use; a second use would end the whole session).
 */
export class HttpClient {
  private refreshing: Promise<void> | undefined;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;

  constructor(private readonly options: HttpClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  authorizedFetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const { tokens } = this.options;
    if (tokens.refreshToken !== undefined && tokens.expiresSoon(this.now())) await this.refreshSession();
    const sentWith = tokens.accessToken;
    const first = await this.send(input, init, sentWith);
    if (first.status !== 401 || tokens.refreshToken === undefined) return first;
    // Another request may have renewed the token while this one was out: then just send again.
    if (tokens.accessToken === sentWith) await this.refreshSession();
    return this.send(input, init, tokens.accessToken);
  };

  /** JSON in, JSON out; a non-2xx answer throws ApiError with the gateway's envelope. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<{ data: T; response: Response }> {
    const init: RequestInit = { method, signal: options.signal, headers: { ...options.headers } };
    if (options.body !== undefined) {
      init.body = JSON.stringify(options.body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const url = this.options.baseUrl + path + queryString(options.query);
    const response = options.auth === false ? await this.send(url, init, undefined) : await this.authorizedFetch(url, init);
    if (!response.ok) throw await apiErrorOf(response, this.options.networkMessage());
    const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
    return { data, response };
  }

  /** Renews the token pair once for everybody waiting; a refused refresh ends the session. */
  refreshSession(): Promise<void> {
    this.refreshing ??= this.renew().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async renew(): Promise<void> {
    const { tokens } = this.options;
    const refreshToken = tokens.refreshToken;
    if (refreshToken === undefined) throw new ApiError(401, { code: 'AUTH.REFRESH_TOKEN_INVALID', message: '' });
    const response = await this.send(`${this.options.baseUrl}/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }, undefined);
    if (response.ok) {
      tokens.store((await response.json()) as TokenPair, this.now());
      return;
    }
    const error = await apiErrorOf(response, this.options.networkMessage());
    if (response.status === 400 || response.status === 401) {
      tokens.clear();
      this.options.onSessionEnded?.();
    }
    throw error;
  }

  private async send(url: string, init: RequestInit, accessToken: string | undefined): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    headers.set('Accept-Language', this.options.language());
    if (accessToken !== undefined) headers.set('Authorization', `Bearer ${accessToken}`);
    try {
      return await this.fetchImpl(url, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw ApiError.network(this.options.networkMessage());
    }
  }
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
