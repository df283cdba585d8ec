import { DATA_SOURCE, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export type RotateOutcome =
  | { kind: 'rotated'; userId: string; familyId: string }
  /** Unknown, expired or revoked: refused, nothing else happens. */
  | { kind: 'invalid' }
  /** A spent token came back: someone holds a copy. The whole family is revoked. */
  | { kind: 'reused'; userId: string; familyId: string };

interface TokenRow {
  id: string;
  family_id: string;
  user_id: string;
  used_at: Date | null;
  revoked_at: Date | null;
  expired: boolean;
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Refresh tokens: 32 random bytes handed out once, only their sha256 stored. A family is
 * one sign-in and all its rotations; reuse of a spent token revokes the family.
 */
@Injectable()
export class RefreshTokensRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** A new token in `familyId` (a new family when absent); the raw token, to return once. */
  async issue(userId: string, familyId: string = uuidv7(), manager: EntityManager = this.dataSource.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [uuidv7(), familyId, userId, hashRefreshToken(token), REFRESH_TOKEN_TTL_SECONDS],
    );
    return token;
  }

  /** Marks the token spent and, if it was live, calls `next` in the same transaction to issue its successor. */
  async rotate(token: string, next: (manager: EntityManager, userId: string, familyId: string) => Promise<void>): Promise<RotateOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const rows: TokenRow[] = await manager.query(
        `SELECT id, family_id, user_id, used_at, revoked_at, expires_at <= now() AS expired
         FROM refresh_token WHERE token_hash = $1 FOR UPDATE`,
        [hashRefreshToken(token)],
      );
      const row = rows[0];
      if (!row || row.revoked_at || row.expired) return { kind: 'invalid' } as const;
      if (row.used_at) {
        await this.revokeFamily(row.family_id, manager);
        return { kind: 'reused', userId: row.user_id, familyId: row.family_id } as const;
      }
      await manager.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [row.id]);
      await next(manager, row.user_id, row.family_id);
      return { kind: 'rotated', userId: row.user_id, familyId: row.family_id } as const;
    });
  }

  /** The family of `token`, revoked; false when the token is unknown. */
  async revokeFamilyOf(token: string): Promise<boolean> {
    const rows: { family_id: string }[] = await this.dataSource.query(`SELECT family_id FROM refresh_token WHERE token_hash = $1`, [
      hashRefreshToken(token),
    ]);
    if (!rows[0]) return false;
    await this.revokeFamily(rows[0].family_id);
    return true;
  }

  async revokeFamily(familyId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  /** Every session of the user (deactivation, password reset or change). */
  async revokeAllOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
