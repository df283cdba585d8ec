import { ApiError, isApiError } from './api-error';
import type { SessionTokens, TokenPair } from './session-tokens';

/** `fetch` as the browser has it, with a URL string (the generated SDK's FetchLike). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  tokens: SessionTokens;
  /** The UI's language, sent as Accept-Language so that messages come back in it. */
  language: () => string;
  /** Shown when the server cannot be reached at all. */
  networkMessage: () => string;
  /** Exchanges a refresh token for a new pair (POST /auth/refresh); rejects with ApiError. */
  renewTokens: (refreshToken: string) => Promise<TokenPair>;
  /** Called once when a refresh is refused: the session is over and the user must sign in. */
  onSessionEnded?: () => void;
  fetch?: FetchLike;
  now?: () => number;
}

/**
 * The transport under the generated SDK. `authorizedFetch` (the SDK's fetch for signed-in calls)
 * adds the bearer token and Accept-Language, renews an expiring access token before sending, and
 * on a 401 renews once and sends again. Renewal is single-flight: while one refresh is in flight,
 * every other request waits for it instead of starting its own (a refresh token is single-use; a
 * second use would end the whole session). `publicFetch` is for sign-in and sign-out: no token,
 * no renewal.
 */
export class HttpClient {
  private refreshing: Promise<void> | undefined;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;

  constructor(private readonly options: HttpClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  authorizedFetch: FetchLike = async (input, init) => {
    const { tokens } = this.options;
    if (tokens.refreshToken !== undefined && tokens.expiresSoon(this.now())) await this.refreshSession();
    const sentWith = tokens.accessToken;
    const first = await this.send(input, init, sentWith);
    if (first.status !== 401 || tokens.refreshToken === undefined) return first;
    // Another request may have renewed the token while this one was out: then just send again.
    if (tokens.accessToken === sentWith) await this.refreshSession();
    return this.send(input, init, tokens.accessToken);
  };

  publicFetch: FetchLike = (input, init) => this.send(input, init, undefined);

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
    try {
      tokens.store(await this.options.renewTokens(refreshToken), this.now());
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 401)) {
        tokens.clear();
        this.options.onSessionEnded?.();
      }
      throw error;
    }
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
