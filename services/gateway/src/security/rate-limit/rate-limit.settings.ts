/**
 * Request rate limits: a fixed window per signed-in subject (user or API client) and, for
 * calls without a principal (sign-in, refresh, public routes), per client address.
 */
export interface RateLimitSettings {
  /** Requests one subject may make per window. */
  perSubject: number;
  /** Requests one address may make per window on routes that need no sign-in. */
  perAddress: number;
  windowSeconds: number;
  /** How often each replica adds its local counts to the shared ones in PostgreSQL. */
  syncIntervalMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  perSubject: 1_200,
  perAddress: 300,
  windowSeconds: 60,
  syncIntervalMs: 100,
};

export function resolveRateLimit(overrides: Partial<RateLimitSettings> | undefined): RateLimitSettings {
  const settings = { ...DEFAULT_RATE_LIMIT, ...overrides };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`rateLimit.${name} must be a positive integer`);
  }
  return settings;
}
