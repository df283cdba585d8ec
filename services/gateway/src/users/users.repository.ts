import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { foldText, searchTextOf } from '../auth/fold-text';
import { UserAccessRepository } from '../roles/user-access.repository';

export interface UserRecord {
  id: string;
  username: string;
  fullName: string;
  homeOrgId: string | null;
  memberId: string | null;
  roles: string[];
  isActive: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserChanges {
  fullName?: string;
  homeOrgId?: string | null;
  memberId?: string | null;
}

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  home_org_id: string | null;
  member_id: string | null;
  roles: string[];
  is_active: boolean;
  must_change_password: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT_USERS = `
  SELECT u.id, u.username, u.full_name, u.home_org_id, u.member_id, u.is_active, u.must_change_password, u.version,
    u.created_at, u.updated_at,
    coalesce((SELECT array_agg(ur.role_code ORDER BY ur.role_code) FROM user_role ur WHERE ur.user_id = u.id), '{}') AS roles
  FROM gateway_user u`;

/** Reads and writes of accounts for the users API (sign-in has its own repository in auth/). */
@Injectable()
export class UsersRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
  ) {}

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserRecord | undefined> {
    const rows: UserRow[] = await manager.query(`${SELECT_USERS} WHERE u.id = $1`, [id]);
    return rows[0] && toRecord(rows[0]);
  }

  /** Keyset pages by username; `q` matches username or full name, diacritics ignored; `scopeOrgId` keeps homes in that subtree. */
  async list(q: string | undefined, afterUsername: string | undefined, limit: number, scopeOrgId: string | null = null): Promise<UserRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (scopeOrgId !== null) {
      // Home org in the subtree of the scope root: one range scan on the replica's id path.
      params.push(scopeOrgId);
      where.push(`EXISTS (SELECT 1 FROM org_replica o, org_replica s WHERE o.id = u.home_org_id AND s.id = $${params.length}
        AND o.path >= s.path AND o.path < s.path || '~')`);
    }
    if (q) {
      params.push(`%${foldText(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`u.search_text LIKE $${params.length}`);
    }
    if (afterUsername !== undefined) {
      params.push(afterUsername);
      where.push(`u.username > $${params.length}`);
    }
    params.push(limit);
    const sql = `${SELECT_USERS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.username LIMIT $${params.length}`;
    const rows: UserRow[] = await this.dataSource.query(sql, params);
    return rows.map(toRecord);
  }

  /** Applies the changes if the version is still `expectedVersion`; false otherwise. */
  async update(id: string, expectedVersion: number, changes: UserChanges, manager: EntityManager): Promise<boolean> {
    const current = await this.get(id, manager);
    if (!current || current.version !== expectedVersion) return false;
    this.access.forget(id);
    const fullName = changes.fullName ?? current.fullName;
    const result: [unknown[], number] = await manager.query(
      `UPDATE gateway_user SET full_name = $3, home_org_id = $4, member_id = $5, search_text = $6, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2`,
      [
        id,
        expectedVersion,
        fullName,
        changes.homeOrgId === undefined ? current.homeOrgId : changes.homeOrgId,
        changes.memberId === undefined ? current.memberId : changes.memberId,
        searchTextOf(current.username, fullName),
      ],
    );
    return result[1] === 1;
  }

  async deactivate(id: string, manager: EntityManager): Promise<void> {
    this.access.forget(id);
    await manager.query(`UPDATE gateway_user SET is_active = false, version = version + 1, updated_at = now() WHERE id = $1 AND is_active`, [id]);
  }
}

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    homeOrgId: row.home_org_id,
    memberId: row.member_id,
    roles: row.roles,
    isActive: row.is_active,
    mustChangePassword: row.must_change_password,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
