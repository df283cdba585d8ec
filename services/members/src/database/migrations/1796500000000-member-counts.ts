import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Đảng số per org kept as data (`member_count`: members per holding org and status), so the counts
 * of a whole đảng bộ are one index range over its orgs' counter rows instead of a pass over every
 * member entry of the subtree (Đảng bộ thành phố Hà Nội ≈ 480 k members at national scale).
 *
 * Counts always match lists: statement triggers on `party_member` (insert, update, delete) add the
 * net change per (org, status) in the SAME transaction as the change; the org path on a counter row
 * is the org's (taken from `org` when the row is created, and moved with the org by a statement
 * trigger on `org`, as party_member_follow_org_path does for members). Counter rows are locked in
 * (org_id, status) order, so two concurrent transfers A → B and B → A cannot deadlock on them. Bulk loads that switch
 * triggers off (session_replication_role = replica) rebuild the table with MEMBER_COUNT_BACKFILL.
 */
export const MEMBER_COUNT_BACKFILL = `
      INSERT INTO member_count (org_id, status, org_path, n)
        SELECT p.org_id, p.status, o.path, count(*) FROM party_member p JOIN org o ON o.id = p.org_id
         GROUP BY p.org_id, p.status, o.path`;

export class MemberCounts1796500000000 implements MigrationInterface {
  name = 'MemberCounts1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_count (
        org_id uuid NOT NULL REFERENCES org (id),
        status text NOT NULL,
        org_path text COLLATE "C" NOT NULL,
        n int NOT NULL CHECK (n >= 0),
        PRIMARY KEY (org_id, status)
      )`);
    await q.query(`COMMENT ON TABLE member_count IS 'party_member rows per holding org and status, kept by the member_count_* triggers in the writing transaction'`);
    // Counts of a subtree: an index-only range on the org path, a few rows per org.
    await q.query(`CREATE INDEX member_count_subtree_idx ON member_count (org_path) INCLUDE (status, n)`);
    // One function for the three triggers (plpgsql plans a branch when it first runs, so each branch
    // names only the transition tables of its event): the net change per (org, status), then the
    // missing counter rows created at 0, the rows locked in key order, and the change added. The
    // CHECK (n >= 0) stays armed: a count that would go below zero fails the writing statement.
    await q.query(`
      CREATE FUNCTION member_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
        statuses text[];
        deltas int[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(org_id ORDER BY org_id, status), array_agg(status ORDER BY org_id, status), array_agg(n ORDER BY org_id, status)
            INTO ids, statuses, deltas
            FROM (SELECT org_id, status, count(*)::int AS n FROM new_members GROUP BY 1, 2) d;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(org_id ORDER BY org_id, status), array_agg(status ORDER BY org_id, status), array_agg(n ORDER BY org_id, status)
            INTO ids, statuses, deltas
            FROM (SELECT org_id, status, -count(*)::int AS n FROM old_members GROUP BY 1, 2) d;
        ELSE
          SELECT array_agg(org_id ORDER BY org_id, status), array_agg(status ORDER BY org_id, status), array_agg(n ORDER BY org_id, status)
            INTO ids, statuses, deltas
            FROM (SELECT org_id, status, sum(delta)::int AS n
                    FROM (SELECT org_id, status, 1 AS delta FROM new_members UNION ALL SELECT org_id, status, -1 FROM old_members) x
                   GROUP BY 1, 2 HAVING sum(delta) <> 0) d;
        END IF;
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        INSERT INTO member_count (org_id, status, org_path, n)
          SELECT d.org_id, d.status, o.path, 0 FROM unnest(ids, statuses) AS d (org_id, status) JOIN org o ON o.id = d.org_id
           ORDER BY d.org_id, d.status
        ON CONFLICT (org_id, status) DO NOTHING;
        PERFORM 1 FROM member_count c JOIN unnest(ids, statuses) AS d (org_id, status) ON c.org_id = d.org_id AND c.status = d.status
          ORDER BY c.org_id, c.status FOR UPDATE OF c;
        UPDATE member_count c SET n = c.n + d.n
          FROM unnest(ids, statuses, deltas) AS d (org_id, status, n)
         WHERE c.org_id = d.org_id AND c.status = d.status;
        RETURN NULL;
      END $$`);
    for (const [op, referencing] of [
      ['INSERT', 'NEW TABLE AS new_members'],
      ['UPDATE', 'OLD TABLE AS old_members NEW TABLE AS new_members'],
      ['DELETE', 'OLD TABLE AS old_members'],
    ]) {
      await q.query(`
        CREATE TRIGGER member_count_${op.toLowerCase()} AFTER ${op} ON party_member
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION member_count_apply()`);
    }
    await q.query(`
      CREATE FUNCTION member_count_follow_org_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE member_count c SET org_path = n.path
          FROM new_org n JOIN old_org o ON o.id = n.id
         WHERE o.path IS DISTINCT FROM n.path AND c.org_id = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER member_count_follow_org_path AFTER UPDATE ON org
      REFERENCING OLD TABLE AS old_org NEW TABLE AS new_org
      FOR EACH STATEMENT EXECUTE FUNCTION member_count_follow_org_path()`);
    await q.query(MEMBER_COUNT_BACKFILL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER member_count_follow_org_path ON org`);
    await q.query(`DROP FUNCTION member_count_follow_org_path()`);
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER member_count_${op} ON party_member`);
    await q.query(`DROP FUNCTION member_count_apply()`);
    await q.query(`DROP TABLE member_count`);
  }
}
