import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';

/** What an account may do right now, read from the database (roles → permissions, scope). */
export interface UserAccess extends Principal {
  isActive: boolean;
  mustChangePassword: boolean;
  homeOrgId: string | null;
}

interface AccessRow {
  id: string;
  username: string;
  full_name: string;
  is_active: boolean;
  must_change_password: boolean;
  home_org_id: string | null;
  roles: string[];
  permissions: string[];
  clearance: number;
  whole_tree: boolean;
  scope_org_id: string | null;
}

const ACCESS_SQL = `
  SELECT u.id, u.username, u.full_name, u.is_active, u.must_change_password, u.home_org_id,
    coalesce(array_agg(DISTINCT ur.role_code) FILTER (WHERE ur.role_code IS NOT NULL), '{}') AS roles,
    coalesce(array_agg(DISTINCT rp.permission) FILTER (WHERE rp.permission IS NOT NULL), '{}') AS permissions,
    coalesce(max(r.clearance), 0)::int AS clearance,
    coalesce(bool_or(ur.role_code IS NOT NULL AND ur.scope_org_id IS NULL), false) AS whole_tree,
    min(ur.scope_org_id::text) AS scope_org_id
  FROM gateway_user u
  LEFT JOIN user_role ur ON ur.user_id = u.id
  LEFT JOIN role r ON r.code = ur.role_code
  LEFT JOIN role_permission rp ON rp.role_code = ur.role_code
  WHERE u.id = $1
  GROUP BY u.id`;

/**
 * One query per request (the bearer guard calls it once and keeps the result on the
 * request): a role change, a deactivation or a forced password change applies at once.
 * A user has one scope for now (its home org; null = the whole tree, for the administrator).
 */
@Injectable()
export class UserAccessRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<UserAccess | undefined> {
    const rows: AccessRow[] = await this.dataSource.query(ACCESS_SQL, [userId]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      userId: row.id,
      username: row.username,
      fullName: row.full_name,
      roles: row.roles,
      permissions: row.permissions,
      scopeOrgId: row.whole_tree ? null : (row.scope_org_id ?? row.home_org_id),
      clearance: row.clearance,
      isActive: row.is_active,
      mustChangePassword: row.must_change_password,
      homeOrgId: row.home_org_id,
    };
  }
}
