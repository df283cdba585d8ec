import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * JIT compilation off for the members database. Its queries are short index walks with LIMIT whose
 * cost estimates can still pass jit_above_cost (a bounded name search is costed as a walk of the
 * whole key range): on the national dataset (`npm run bench:members`) PostgreSQL spent 101 ms
 * compiling a search that then ran in 36 ms. A database-level default, so it holds for every
 * connection (pool, psql, jobs); a session that wants JIT (a one-off report) can still SET jit = on.
 */
export class MembersJitOff1796500000200 implements MigrationInterface {
  name = 'MembersJitOff1796500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$`);
    // The rebuilt key table (1796500000100) gets statistics now, not at the next autovacuum.
    await q.query(`ANALYZE member_name_key`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET jit', current_database()); END $$`);
  }
}
