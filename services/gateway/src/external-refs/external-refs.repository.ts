import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

export interface ExternalRefKey {
  /** `user:<id>` / `client:<id>`: external ids are the caller's own, unique per caller. */
  principal: string;
  resourceType: string;
  externalId: string;
}

/** How long a reservation holds while its create runs; after that a dead one may be taken over. */
export const EXTERNAL_REF_RESERVATION_MS = 60 * 1000;

/**
 * The `external_ref` table: reserve (before the create, so two creates with one externalId
 * cannot both run), attach (the new record's id, after it), release (the create failed).
 */
@Injectable()
export class ExternalRefsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** False when the id is mapped already, or reserved by a create that is still running. */
  async reserve(ref: ExternalRefKey): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO external_ref AS r (principal, resource_type, external_id, resource_id, reserved_until)
       VALUES ($1, $2, $3, NULL, now() + make_interval(secs => $4::float8))
       ON CONFLICT (principal, resource_type, external_id) DO UPDATE
         SET reserved_until = EXCLUDED.reserved_until, created_at = now()
         WHERE r.resource_id IS NULL AND r.reserved_until <= now()
       RETURNING 1`,
      [ref.principal, ref.resourceType, ref.externalId, EXTERNAL_REF_RESERVATION_MS / 1000],
    );
    return rows.length === 1;
  }

  async attach(ref: ExternalRefKey, resourceId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE external_ref SET resource_id = $4 WHERE principal = $1 AND resource_type = $2 AND external_id = $3 AND resource_id IS NULL',
      [ref.principal, ref.resourceType, ref.externalId, resourceId],
    );
  }

  async release(ref: ExternalRefKey): Promise<void> {
    await this.dataSource.query('DELETE FROM external_ref WHERE principal = $1 AND resource_type = $2 AND external_id = $3 AND resource_id IS NULL', [
      ref.principal,
      ref.resourceType,
      ref.externalId,
    ]);
  }

  /** The record's id, or undefined (unknown, another caller's, or its create has not finished). */
  async resolve(ref: ExternalRefKey): Promise<string | undefined> {
    const rows: { resource_id: string }[] = await this.dataSource.query(
      'SELECT resource_id FROM external_ref WHERE principal = $1 AND resource_type = $2 AND external_id = $3 AND resource_id IS NOT NULL',
      [ref.principal, ref.resourceType, ref.externalId],
    );
    return rows[0]?.resource_id;
  }
}
