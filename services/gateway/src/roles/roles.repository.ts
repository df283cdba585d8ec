import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { UserAccessRepository } from './user-access.repository';

export interface RoleRecord {
  code: string;
  nameVi: string;
  nameEn: string;
  clearance: number;
  builtIn: boolean;
  permissions: string[];
}

/** The roles table, and which roles a user holds (one scope per user for now). */
@Injectable()
export class RolesRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
  ) {}

  async list(): Promise<RoleRecord[]> {
    const rows: { code: string; name_vi: string; name_en: string; clearance: number; built_in: boolean; permissions: string[] }[] =
      await this.dataSource.query(`
        SELECT r.code, r.name_vi, r.name_en, r.clearance, r.built_in,
          coalesce(array_agg(rp.permission ORDER BY rp.permission) FILTER (WHERE rp.permission IS NOT NULL), '{}') AS permissions
        FROM role r LEFT JOIN role_permission rp ON rp.role_code = r.code
        GROUP BY r.code ORDER BY r.code`);
    return rows.map((r) => ({ code: r.code, nameVi: r.name_vi, nameEn: r.name_en, clearance: r.clearance, builtIn: r.built_in, permissions: r.permissions }));
  }

  /** The codes among `codes` that are no role. */
  async unknownCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query('SELECT code FROM role WHERE code = ANY($1::text[])', [codes]);
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  /** The distinct permissions the roles `codes` carry together. */
  async permissionsOf(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { permission: string }[] = await this.dataSource.query(
      'SELECT DISTINCT permission FROM role_permission WHERE role_code = ANY($1::text[]) ORDER BY permission',
      [codes],
    );
    return rows.map((r) => r.permission);
  }

  async rolesOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { role_code: string }[] = await manager.query('SELECT role_code FROM user_role WHERE user_id = $1 ORDER BY role_code', [userId]);
    return rows.map((r) => r.role_code);
  }

  /** Replaces the user's roles, all with the same scope root (null = the whole tree). */
  async replaceRoles(userId: string, codes: string[], scopeOrgId: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    this.access.forget(userId);
    await manager.query('DELETE FROM user_role WHERE user_id = $1', [userId]);
    if (codes.length === 0) return;
    await manager.query('INSERT INTO user_role (user_id, role_code, scope_org_id) SELECT $1, unnest($2::text[]), $3', [userId, codes, scopeOrgId]);
  }
}
