import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search bounded by a đảng bộ without leaving the key index: each `member_name_key` row also
 * carries the member's org path (INCLUDEd in the primary key, as the name is), so "tran thi" in
 * Đảng bộ tỉnh Ninh Bình is one ordered walk of the key range that skips other subtrees' entries
 * in the index, and only the ≤ n matches visit `party_member`.
 *
 * Measured on the national dataset (5.5 M members, 264 k orgs, `npm run bench:members`): before,
 * the walk fetched every matching member's row to test its path ("nguyen van an" in Ninh Bình:
 * 4,457 heap probes, 131 ms), or the planner hashed the whole subtree against the key range
 * ("tran thi": 83 k members × 133 k keys, 1.8 s).
 *
 * The table is rebuilt (keys written once with the path, then the primary key, the member index and
 * the foreign key), not updated in place: an UPDATE of every key row would write each twice and
 * maintain both indexes row by row. The trigger keeps the path when a member moves (transfer, or
 * party_member_follow_org_path when its org moves).
 */
export const NAME_KEY_BACKFILL = `
      INSERT INTO member_name_key (key, member_id, name, org_path)
        SELECT DISTINCT array_to_string(x.w[i:], ' '), x.id, x.name, x.org_path
          FROM (SELECT id, full_name_folded AS name, org_path, string_to_array(full_name_folded, ' ') AS w FROM party_member) x,
               generate_subscripts(x.w, 1) AS i`;

export class MemberNameKeyOrgPath1796500000100 implements MigrationInterface {
  name = 'MemberNameKeyOrgPath1796500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_name_keys_sync ON party_member`);
    await q.query(`ALTER TABLE member_name_key RENAME TO member_name_key_old`);
    await q.query(`ALTER TABLE member_name_key_old RENAME CONSTRAINT member_name_key_pkey TO member_name_key_old_pkey`);
    await q.query(`ALTER INDEX member_name_key_member_idx RENAME TO member_name_key_old_member_idx`);
    await q.query(`ALTER TABLE member_name_key_old RENAME CONSTRAINT member_name_key_member_id_fkey TO member_name_key_old_member_id_fkey`);
    await q.query(`
      CREATE TABLE member_name_key (
        key text COLLATE "C" NOT NULL,
        member_id uuid NOT NULL,
        name text COLLATE "C" NOT NULL,
        org_path text COLLATE "C" NOT NULL
      )`);
    await q.query(NAME_KEY_BACKFILL);
    await q.query(`ALTER TABLE member_name_key ADD CONSTRAINT member_name_key_pkey PRIMARY KEY (key, member_id) INCLUDE (name, org_path)`);
    await q.query(`CREATE INDEX member_name_key_member_idx ON member_name_key (member_id)`);
    await q.query(`ALTER TABLE member_name_key ADD CONSTRAINT member_name_key_member_id_fkey FOREIGN KEY (member_id) REFERENCES party_member (id) ON DELETE CASCADE`);
    await q.query(`DROP TABLE member_name_key_old`);
    await q.query(`COMMENT ON COLUMN member_name_key.name IS 'The whole folded name: a search keeps only the first key of a member that starts the phrase, without leaving the index'`);
    await q.query(`COMMENT ON COLUMN member_name_key.org_path IS 'party_member.org_path of the member: a search bounded by a subtree filters inside the index'`);
    await q.query(`
      CREATE OR REPLACE FUNCTION member_name_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.full_name_folded = OLD.full_name_folded THEN
            IF NEW.org_path IS DISTINCT FROM OLD.org_path THEN
              UPDATE member_name_key SET org_path = NEW.org_path WHERE member_id = NEW.id;
            END IF;
            RETURN NULL;
          END IF;
          DELETE FROM member_name_key WHERE member_id = NEW.id;
        END IF;
        INSERT INTO member_name_key (key, member_id, name, org_path)
          SELECT DISTINCT array_to_string(x.w[i:], ' '), NEW.id, NEW.full_name_folded, NEW.org_path
            FROM (SELECT string_to_array(NEW.full_name_folded, ' ') AS w) x, generate_subscripts(x.w, 1) AS i;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER member_name_keys_sync AFTER INSERT OR UPDATE OF full_name_folded, org_path ON party_member
      FOR EACH ROW EXECUTE FUNCTION member_name_keys_sync()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_name_keys_sync ON party_member`);
    await q.query(`
      CREATE OR REPLACE FUNCTION member_name_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.full_name_folded = OLD.full_name_folded THEN RETURN NULL; END IF;
          DELETE FROM member_name_key WHERE member_id = NEW.id;
        END IF;
        INSERT INTO member_name_key (key, member_id, name)
          SELECT DISTINCT array_to_string(x.w[i:], ' '), NEW.id, NEW.full_name_folded
            FROM (SELECT string_to_array(NEW.full_name_folded, ' ') AS w) x, generate_subscripts(x.w, 1) AS i;
        RETURN NULL;
      END $$`);
    await q.query(`ALTER TABLE member_name_key DROP CONSTRAINT member_name_key_pkey`);
    await q.query(`ALTER TABLE member_name_key ADD CONSTRAINT member_name_key_pkey PRIMARY KEY (key, member_id) INCLUDE (name)`);
    await q.query(`ALTER TABLE member_name_key DROP COLUMN org_path`);
    await q.query(`
      CREATE TRIGGER member_name_keys_sync AFTER INSERT OR UPDATE OF full_name_folded ON party_member
      FOR EACH ROW EXECUTE FUNCTION member_name_keys_sync()`);
  }
}
