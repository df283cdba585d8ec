import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search that stays fast at 5.5 M members, in name order and keyset-paged.
 *
 * Measured on 200 k members (2 cores, shared): the trigram search of 1796300000000 sorts every
 * match before the LIMIT ("nguyen van an" 19 ms; at 38 % Nguyễn a one-word "nguyen" matches
 * millions at full scale), and walking the name index while filtering `LIKE '%nguyen%'` took
 * 181 ms; a btree prefix range (`LIKE 'nguyen%'` under "C") answered in 1 ms. So every
 * word-start suffix of the folded name is a key here ("nguyen van an", "van an", "an"), and a
 * search is ONE btree range on `key` ("dang" → "đặng thị hoa" and "đăng khoa" of Trần Đăng
 * Khoa), ordered by (key, member_id), LIMIT n: O(n) whatever the match count. The query must be
 * the start of a word and run in order ("van an" finds Nguyễn Văn An; "nguyen an" does not).
 * ~3 keys per member (16 M rows at full scale, ~60 bytes each). Each key row carries the whole
 * folded name, so that "only the first key of a member that starts the phrase" (no duplicates
 * when a name repeats a word start: "Nguyễn Ngọc …" for "ng") is decided inside the index scan:
 * the planner then keeps the ordered index scan + LIMIT and joins at most n members.
 *
 * A trigger keeps the keys when a member is created or renamed. Bulk loads may drop it,
 * load, and run the backfill statement below once.
 */
export class MemberNameKeys1796300000100 implements MigrationInterface {
  name = 'MemberNameKeys1796300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_name_key (
        key text COLLATE "C" NOT NULL,
        member_id uuid NOT NULL REFERENCES party_member (id) ON DELETE CASCADE,
        name text COLLATE "C" NOT NULL,
        PRIMARY KEY (key, member_id) INCLUDE (name)
      )`);
    await q.query(`COMMENT ON COLUMN member_name_key.name IS 'The whole folded name: a search keeps only the first key of a member that starts the phrase, without leaving the index'`);
    await q.query(`CREATE INDEX member_name_key_member_idx ON member_name_key (member_id)`);
    await q.query(`
      CREATE FUNCTION member_name_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`
      CREATE TRIGGER member_name_keys_sync AFTER INSERT OR UPDATE OF full_name_folded ON party_member
      FOR EACH ROW EXECUTE FUNCTION member_name_keys_sync()`);
    await q.query(`
      INSERT INTO member_name_key (key, member_id, name)
        SELECT DISTINCT array_to_string(x.w[i:], ' '), x.id, x.name
          FROM (SELECT id, full_name_folded AS name, string_to_array(full_name_folded, ' ') AS w FROM party_member) x, generate_subscripts(x.w, 1) AS i`);
    // Superseded by the keys: one index less to write on every member insert.
    await q.query(`DROP INDEX party_member_name_trgm_idx`);
    await q.query(`DROP INDEX party_member_name_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX party_member_name_idx ON party_member (full_name_folded, id)`);
    await q.query(`CREATE INDEX party_member_name_trgm_idx ON party_member USING gin (full_name_folded gin_trgm_ops)`);
    await q.query(`DROP TRIGGER member_name_keys_sync ON party_member`);
    await q.query(`DROP FUNCTION member_name_keys_sync()`);
    await q.query(`DROP TABLE member_name_key`);
  }
}
