/** Sign-in lockout: counters per username and per address, in PostgreSQL (shared by every replica). */
export interface LoginProtectionSettings {
  /** Failures for one username (existing or not) within the window before it locks. */
  maxFailuresPerUsername: number;
  /** Failures from one address within the window before it locks. */
  maxFailuresPerAddress: number;
  windowSeconds: number;
  /** First lockout; each further one doubles, up to maxLockSeconds. */
  baseLockSeconds: number;
  maxLockSeconds: number;
}

export const DEFAULT_LOGIN_PROTECTION: LoginProtectionSettings = {
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 30,
  windowSeconds: 15 * 60,
  baseLockSeconds: 60,
  maxLockSeconds: 60 * 60,
};

export function resolveLoginProtection(overrides: Partial<LoginProtectionSettings> | undefined): LoginProtectionSettings {
  return { ...DEFAULT_LOGIN_PROTECTION, ...overrides };
}
