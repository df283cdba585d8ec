import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApiClient } from './api-client';

interface ApiClientRow {
  id: string;
  client_id: string;
  name: string;
  org_id: string;
  org_lineage: string[];
  permissions: string[];
  created_by: string | null;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  previous_secret_valid_until: Date | null;
  version: number;
  updated_at: Date;
}

const SELECT = `
  SELECT c.*, (SELECT max(s.valid_until) FROM api_client_secret s WHERE s.api_client_id = c.id AND s.valid_until > now()) AS previous_secret_valid_until
  FROM api_client c`;

/** The `api_client` and `api_client_secret` tables. */
@Injectable()
export class ApiClientsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async insert(client: Omit<ApiClient, 'previousSecretValidUntil' | 'version' | 'updatedAt' | 'revokedAt'>, secretId: string, digest: Buffer): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO api_client (id, client_id, name, org_id, org_lineage, permissions, created_by, created_at, expires_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::uuid[], $6::text[], $7, $8, $9, $8)`,
        [client.id, client.clientId, client.name, client.orgId, client.orgLineage, client.permissions, client.createdBy, client.createdAt, client.expiresAt],
      );
      await manager.query('INSERT INTO api_client_secret (id, api_client_id, secret_sha256) VALUES ($1, $2, $3)', [secretId, client.id, digest]);
    });
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ApiClient | undefined> {
    const rows: ApiClientRow[] = await manager.query(`${SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ? toApiClient(rows[0]) : undefined;
  }

  /** Keyset page by id (uuid v7: creation order) of the clients an administrator with `scopeOrgId` sees. */
  async list(scopeOrgId: string | null, orgId: string | undefined, afterId: string | undefined, limit: number): Promise<ApiClient[]> {
    const rows: ApiClientRow[] = await this.dataSource.query(
      `${SELECT}
       WHERE ($1::uuid IS NULL OR c.org_lineage @> ARRAY[$1::uuid])
         AND ($2::uuid IS NULL OR c.org_id = $2::uuid)
         AND ($3::uuid IS NULL OR c.id > $3::uuid)
       ORDER BY c.id LIMIT $4`,
      [scopeOrgId, orgId ?? null, afterId ?? null, limit],
    );
    return rows.map(toApiClient);
  }

  /** The client by its public id, with the digests of the secrets valid now (current + any in an overlap window). */
  async findForToken(clientId: string): Promise<{ client: ApiClient; digests: Buffer[] } | undefined> {
    const rows: (ApiClientRow & { digests: Buffer[] | null })[] = await this.dataSource.query(
      `SELECT c.*, NULL AS previous_secret_valid_until,
         (SELECT array_agg(s.secret_sha256) FROM api_client_secret s
           WHERE s.api_client_id = c.id AND (s.valid_until IS NULL OR s.valid_until > now())) AS digests
       FROM api_client c WHERE c.client_id = $1`,
      [clientId],
    );
    const row = rows[0];
    return row ? { client: toApiClient(row), digests: row.digests ?? [] } : undefined;
  }

  /**
   * Rotation in one transaction: the current secret (and any older one still open) stops at
   * `previousValidUntil`, the new one is current; secrets past their window are deleted.
   * The client row is locked first, so two rotations run one after the other.
   */
  async rotate(id: string, newSecretId: string, digest: Buffer, previousValidUntil: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE api_client_secret SET valid_until = $2
       WHERE api_client_id = $1 AND (valid_until IS NULL OR valid_until > $2)`,
      [id, previousValidUntil],
    );
    await manager.query('DELETE FROM api_client_secret WHERE api_client_id = $1 AND valid_until <= now()', [id]);
    await manager.query('INSERT INTO api_client_secret (id, api_client_id, secret_sha256) VALUES ($1, $2, $3)', [newSecretId, id, digest]);
    await manager.query('UPDATE api_client SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
  }

  async lock(id: string, manager: EntityManager): Promise<ApiClient | undefined> {
    await manager.query('SELECT 1 FROM api_client WHERE id = $1 FOR UPDATE', [id]);
    return this.findById(id, manager);
  }

  async revoke(id: string, revokedBy: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_client SET revoked_at = now(), revoked_by = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND revoked_at IS NULL`,
      [id, revokedBy],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

function toApiClient(row: ApiClientRow): ApiClient {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    orgId: row.org_id,
    orgLineage: row.org_lineage,
    permissions: row.permissions,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    previousSecretValidUntil: row.previous_secret_valid_until,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
