import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `org_replica`: the organisation tree as members owns it, replicated into this service's own
 * database (documents, finance, resolutions, the gateway) for scope checks without a call.
 *
 * `path` is the replica's own materialized path of org ids (`/<root id>/<…>/<id>/`, "C"
 * collation): the owner's path uses its internal seq, which facts do not carry. A subtree is
 * the btree range `[path, path || '~')` ('/' and '-' sort below the hex digits, '~' above).
 * `version` is members' aggregate version: every write is guarded by it. Closed orgs stay
 * (`status`, `valid_to`), as in members.
 */
export class CreateOrgReplica1796100000100 implements MigrationInterface {
  name = 'CreateOrgReplica1796100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_replica (
        id uuid PRIMARY KEY,
        parent_id uuid NULL,
        path text COLLATE "C" NOT NULL,
        depth int NOT NULL,
        status text NOT NULL,
        name text NOT NULL,
        short_name text NOT NULL,
        kind text NOT NULL,
        valid_from date NOT NULL,
        valid_to date NULL,
        version int NOT NULL,
        replicated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX org_replica_path_idx ON org_replica (path)`);
    await q.query(`CREATE INDEX org_replica_parent_idx ON org_replica (parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE org_replica`);
  }
}
