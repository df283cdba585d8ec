import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { IDEMPOTENCY_LEASE_MS, IDEMPOTENCY_RETENTION_MS } from './idempotency.settings';

export interface IdempotencyClaim {
  principal: string;
  key: string;
  fingerprint: string;
  method: string;
  path: string;
}

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** The body as sent (JSON text), or null for an empty one. */
  body: string | null;
}

export type ExistingKey =
  | { state: 'in_progress'; fingerprint: string }
  | { state: 'completed'; fingerprint: string; response: StoredResponse };

interface KeyRow {
  state: 'in_progress' | 'completed';
  request_sha256: string;
  status_code: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

/**
 * The `idempotency_key` table. `claim` inserts the key `in_progress` and wins or loses on the
 * primary key (principal, key), so of two concurrent duplicates exactly one runs. A row may
 * be taken over when it has expired (24 h: any request), or when it is still `in_progress`
 * past its lease — its request died with its process — by the same request only.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async claim(claim: IdempotencyClaim): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key AS k (principal, key, request_sha256, method, path, state, lease_until, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in_progress', now() + make_interval(secs => $6::float8), now(), now() + make_interval(secs => $7::float8))
       ON CONFLICT (principal, key) DO UPDATE
         SET request_sha256 = EXCLUDED.request_sha256, method = EXCLUDED.method, path = EXCLUDED.path, state = 'in_progress',
             lease_until = EXCLUDED.lease_until, created_at = now(), expires_at = EXCLUDED.expires_at,
             status_code = NULL, headers = NULL, body = NULL
         WHERE k.expires_at <= now()
            OR (k.state = 'in_progress' AND k.lease_until <= now() AND k.request_sha256 = EXCLUDED.request_sha256)
       RETURNING 1`,
      [claim.principal, claim.key, claim.fingerprint, claim.method, claim.path, IDEMPOTENCY_LEASE_MS / 1000, IDEMPOTENCY_RETENTION_MS / 1000],
    );
    return rows.length === 1;
  }

  async find(principal: string, key: string): Promise<ExistingKey | undefined> {
    const rows: KeyRow[] = await this.dataSource.query(
      `SELECT state, request_sha256, status_code, headers, body FROM idempotency_key
       WHERE principal = $1 AND key = $2 AND expires_at > now()`,
      [principal, key],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.state === 'in_progress' || row.status_code === null) return { state: 'in_progress', fingerprint: row.request_sha256 };
    return { state: 'completed', fingerprint: row.request_sha256, response: { statusCode: row.status_code, headers: row.headers ?? {}, body: row.body } };
  }

  async complete(principal: string, key: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET state = 'completed', status_code = $3, headers = $4::jsonb, body = $5
       WHERE principal = $1 AND key = $2 AND state = 'in_progress'`,
      [principal, key, response.statusCode, JSON.stringify(response.headers), response.body],
    );
  }

  /** A 5xx, or a request that never ran: the key is free again, so the client's retry runs. */
  async release(principal: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE principal = $1 AND key = $2 AND state = 'in_progress'`, [principal, key]);
  }

  /** Deletes up to `limit` expired keys; the purge job calls it until it returns less than `limit`. */
  async purgeExpired(limit: number): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected count].
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key WHERE expires_at <= now() LIMIT $1)`,
      [limit],
    );
    return deleted;
  }
}
