import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { GATEWAY_SETTINGS } from '../common/tokens';
import type { ResolvedGatewaySettings } from '../gateway-settings';
import { normalizeUsername } from './gateway-user.repository';
import { resolveLoginProtection, type LoginProtectionSettings } from './login-protection.settings';

interface ThrottleRow {
  failures: number;
  window_expired: boolean;
  lock_level: number;
  lock_stale: boolean;
}

/**
 * Sign-in failure counters in PostgreSQL, so that every gateway replica sees the same
 * lockouts. A username is counted whether or not the account exists (the lockout answer
 * must not tell). Times come from the database clock, the one all replicas share.
 */
@Injectable()
export class LoginThrottle {
  readonly settings: LoginProtectionSettings;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SETTINGS) gatewaySettings: ResolvedGatewaySettings,
  ) {
    this.settings = resolveLoginProtection(gatewaySettings.loginProtection);
  }

  /** Seconds until the username or the address may try again; 0 = not locked. */
  async lockedFor(username: string, address: string): Promise<number> {
    const rows: { wait: number | null }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS wait
       FROM login_throttle WHERE key = ANY($1::text[]) AND locked_until > now()`,
      [keysOf(username, address)],
    );
    return Math.max(0, rows[0]?.wait ?? 0);
  }

  async recordFailure(username: string, address: string): Promise<void> {
    const [userKey, addressKey] = keysOf(username, address);
    await this.dataSource.transaction(async (manager) => {
      // Always in the same order, so that two replicas never wait on each other's rows.
      for (const [key, max] of [
        [addressKey, this.settings.maxFailuresPerAddress],
        [userKey, this.settings.maxFailuresPerUsername],
      ] as const) {
        await this.countFailure(manager, key, max);
      }
    });
  }

  /** A successful sign-in clears the username's counter (not the address's: one good account must not reset it). */
  async recordSuccess(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [keysOf(username, '')[0]]);
  }

  private async countFailure(manager: EntityManager, key: string, max: number): Promise<void> {
    const s = this.settings;
    await manager.query(`INSERT INTO login_throttle (key) VALUES ($1) ON CONFLICT (key) DO NOTHING`, [key]);
    const rows: ThrottleRow[] = await manager.query(
      `SELECT failures, lock_level,
         window_started_at < now() - make_interval(secs => $2) AS window_expired,
         coalesce(locked_until < now() - make_interval(secs => $3), false) AS lock_stale
       FROM login_throttle WHERE key = $1 FOR UPDATE`,
      [key, s.windowSeconds, s.maxLockSeconds],
    );
    const row = rows[0];
    if (!row) return;
    const failures = row.window_expired ? 1 : row.failures + 1;
    // A long quiet time after the last lockout starts the back-off over.
    const level = row.lock_stale ? 0 : row.lock_level;
    if (failures >= max) {
      const lockSeconds = Math.min(s.baseLockSeconds * 2 ** level, s.maxLockSeconds);
      await manager.query(
        `UPDATE login_throttle SET failures = 0, window_started_at = now(), lock_level = $2,
           locked_until = now() + make_interval(secs => $3), updated_at = now() WHERE key = $1`,
        [key, level + 1, lockSeconds],
      );
      return;
    }
    await manager.query(
      `UPDATE login_throttle SET failures = $2, lock_level = $3, updated_at = now(),
         window_started_at = CASE WHEN $4 THEN now() ELSE window_started_at END WHERE key = $1`,
      [key, failures, level, row.window_expired],
    );
  }
}

function keysOf(username: string, address: string): [string, string] {
  return [`u:${normalizeUsername(username).slice(0, 200)}`, `a:${address.slice(0, 80)}`];
}
