import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ACCESS_CACHE_TTL_MS } from '../roles/user-access.repository';
import { clientPrincipal } from './api-client';

export interface ApiClientAccess {
  clientId: string;
  /** Neither revoked nor expired. */
  isUsable: boolean;
  principal: Principal;
}

interface AccessRow {
  id: string;
  client_id: string;
  name: string;
  org_id: string;
  permissions: string[];
  usable: boolean;
}

const MAX_ENTRIES = 50_000;

/**
 * What a client's token may do right now, for the bearer guard: reused for ACCESS_CACHE_TTL_MS
 * like an account's, so a revocation through this gateway applies at once (`forget`) and one
 * made through another replica within 2 s — well within a token's lifetime.
 */
@Injectable()
export class ApiClientAccessRepository {
  private readonly cache = new Map<string, { access: ApiClientAccess | undefined; until: number }>();

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async loadForRequest(id: string, now: number = Date.now()): Promise<ApiClientAccess | undefined> {
    const hit = this.cache.get(id);
    if (hit && hit.until > now) return hit.access;
    const access = await this.load(id);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(id, { access, until: now + ACCESS_CACHE_TTL_MS });
    return access;
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  private async load(id: string): Promise<ApiClientAccess | undefined> {
    const rows: AccessRow[] = await this.dataSource.query(
      `SELECT id, client_id, name, org_id, permissions,
         (revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())) AS usable
       FROM api_client WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      clientId: row.client_id,
      isUsable: row.usable,
      principal: clientPrincipal({ id: row.id, clientId: row.client_id, name: row.name, permissions: row.permissions, orgId: row.org_id }),
    };
  }
}
