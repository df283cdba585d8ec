/** What login, refresh and change-password answer. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

const REFRESH_KEY = 'lt.refreshToken';

/**
 * The session's tokens. The access token stays in memory; the refresh token survives a reload in
 * sessionStorage (this tab only, gone when the tab closes — shared office PCs). Listeners hear
 * every change, which is how the app learns that a session ended.
 */
export class SessionTokens {
  private access: string | undefined;
  private expiresAt = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = safeSessionStorage()) {}

  get accessToken(): string | undefined {
    return this.access;
  }

  get refreshToken(): string | undefined {
    return this.storage?.getItem(REFRESH_KEY) ?? undefined;
  }

  /** True when the access token is missing or ends within `marginMs`. */
  expiresSoon(now: number, marginMs = 30_000): boolean {
    return this.access === undefined || this.expiresAt - now < marginMs;
  }

  hasSession(): boolean {
    return this.access !== undefined || this.refreshToken !== undefined;
  }

  store(pair: TokenPair, now: number = Date.now()): void {
    this.access = pair.accessToken;
    this.expiresAt = now + pair.expiresIn * 1000;
    this.storage?.setItem(REFRESH_KEY, pair.refreshToken);
    this.emit();
  }

  clear(): void {
    this.access = undefined;
    this.expiresAt = 0;
    this.storage?.removeItem(REFRESH_KEY);
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
