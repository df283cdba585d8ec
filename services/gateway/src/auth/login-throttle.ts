import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
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
 * must not tell). Times come from the database clock, the one all replicas share. Each
 * lockout imposed is written to the audit log (`auth.login.locked`: which key, how long).
 */
@Injectable()
export class LoginThrottle {
  readonly settings: LoginProtectionSettings;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SETTINGS) gatewaySettings: ResolvedGatewaySettings,
    @Inject(AuditLog) private readonly audit: AuditLog,
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
    const locks = await this.dataSource.transaction(async (manager) => {
      const imposed: { key: string; lockSeconds: number; lockLevel: number }[] = [];
      // Always in the same order, so that two replicas never wait on each other's rows.
      for (const [key, max] of [
        [addressKey, this.settings.maxFailuresPerAddress],
        [userKey, this.settings.maxFailuresPerUsername],
      ] as const) {
        const lock = await this.countFailure(manager, key, max);
        if (lock) imposed.push({ key, ...lock });
      }
      return imposed;
    });
    for (const lock of locks) {
      this.audit.record({
        action: 'auth.login.locked',
        outcome: 'denied',
        actor: { type: 'anonymous' },
        target: { type: lock.key.startsWith('u:') ? 'username' : 'address', id: lock.key.slice(2) },
        http: { method: 'POST', route: '/api/v1/auth/login', statusCode: 401, clientAddress: address },
        details: { lockSeconds: lock.lockSeconds, lockLevel: lock.lockLevel },
      });
    }
  }

  /** A successful sign-in clears the username's counter (not the address's: one good account must not reset it). */
  async recordSuccess(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [keysOf(username, '')[0]]);
  }

  /** Counts one failure of `key`; the lockout it imposes, if any. */
  private async countFailure(manager: EntityManager, key: string, max: number): Promise<{ lockSeconds: number; lockLevel: number } | undefined> {
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
    if (!row) return undefined;
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
      return { lockSeconds, lockLevel: level + 1 };
    }
    await manager.query(
      `UPDATE login_throttle SET failures = $2, lock_level = $3, updated_at = now(),
         window_started_at = CASE WHEN $4 THEN now() ELSE window_started_at END WHERE key = $1`,
      [key, failures, level, row.window_expired],
    );
    return undefined;
  }
}

function keysOf(username: string, address: string): [string, string] {
  return [`u:${normalizeUsername(username).slice(0, 200)}`, `a:${address.slice(0, 80)}`];
}
