import type { OrgKind, OrgStatus } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A party organisation in the tree. Closed organisations are kept (status `closed`,
 * `validTo` set), never deleted: members, documents and dues keep pointing at them.
 *
 * Why a materialized path (`path`, see `org-path.ts`) and not `ltree` or a closure table:
 * - the subtree is one btree range (`path >= p AND path < p || '~'` under the "C"
 *   collation), so it composes with the keyset indexes that the member list (5.5 M rows)
 *   will reuse: `(org_path, name_folded, id)` answers "members of this subtree, page n"
 *   at any depth without a join. ltree's `<@` needs a GiST index that does not compose
 *   with a btree keyset order, and it is an extension we would have to require;
 * - no extension is needed (plain text, "C" collation), on PostgreSQL 15 and 18 alike;
 * - a closure table costs O(depth) rows per org and a move rewrites O(subtree × depth)
 *   of them; moving a subtree here is ONE set-based UPDATE with a prefix replace, costing
 *   O(subtree size), which is what the 2025 restructuring (whole đảng bộ moving under new
 *   parents) needs.
 * `seq` keeps segments short (base36 of a bigint), so paths stay small at any depth.
 */
@Entity({ name: 'org' })
export class OrgEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** bigint: the pg driver answers it as a string. */
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  name: string;

  /** `foldVietnamese(name)`, for search without diacritics. */
  @Column({ name: 'name_folded', type: 'text' })
  nameFolded: string;

  @Column({ name: 'short_name', type: 'text' })
  shortName: string;

  @Column({ name: 'short_name_folded', type: 'text' })
  shortNameFolded: string;

  @Column({ type: 'text' })
  kind: OrgKind;

  @Column({ type: 'text' })
  status: OrgStatus;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'int' })
  depth: number;

  /** Optimistic concurrency: every change an officer makes bumps it (the gateway's ETag). */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
