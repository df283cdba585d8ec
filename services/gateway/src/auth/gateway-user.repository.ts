import { DATA_SOURCE, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, Repository } from 'typeorm';
import { UserAccessRepository } from '../roles/user-access.repository';
import { searchTextOf } from './fold-text';
import { GatewayUserEntity } from './gateway-user.entity';

export interface NewGatewayUser {
  username: string;
  fullName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  homeOrgId?: string | null;
  memberId?: string | null;
}

/** Usernames are compared folded: trimmed, NFC, lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

@Injectable()
export class GatewayUserRepository {
  private readonly users: Repository<GatewayUserEntity>;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
  ) {
    this.users = dataSource.getRepository(GatewayUserEntity);
  }

  findByUsername(username: string): Promise<GatewayUserEntity | null> {
    return this.users.findOneBy({ username: normalizeUsername(username) });
  }

  findById(id: string): Promise<GatewayUserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Inserts unless the username exists; the new id, or undefined when the username was taken (maybe by another replica). */
  async insertIfAbsent(user: NewGatewayUser): Promise<string | undefined> {
    const username = normalizeUsername(user.username);
    const id = uuidv7();
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        id,
        ...user,
        username,
        searchText: searchTextOf(username, user.fullName),
        homeOrgId: user.homeOrgId ?? null,
        memberId: user.memberId ?? null,
        isActive: true,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    // PostgreSQL's RETURNING gives no row when ON CONFLICT DO NOTHING skipped the insert.
    return Array.isArray(result.raw) && result.raw.length > 0 ? id : undefined;
  }

  /** Gives the user a role over the subtree of `scopeOrgId` (null = the whole tree); no-op when held. */
  async assignRole(userId: string, roleCode: string, scopeOrgId: string | null): Promise<void> {
    this.access.forget(userId);
    await this.users.query(`INSERT INTO user_role (user_id, role_code, scope_org_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      userId,
      roleCode,
      scopeOrgId,
    ]);
  }

  /** Sets the password; `mustChange` marks a generated or reset one. Bumps the version. */
  async setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    this.access.forget(id);
    await this.users.query(
      `UPDATE gateway_user SET password_hash = $2, must_change_password = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, passwordHash, mustChange],
    );
  }
}
