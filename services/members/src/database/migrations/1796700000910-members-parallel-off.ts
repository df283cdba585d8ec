import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parallel query off for the members database, as JIT is (1796500000200). Its queries are short
 * index walks with LIMIT; the planner underestimates how many name keys a word-start search
 * bounded by a tỉnh matches and picks a parallel plan whose worker start-up dominates on a small
 * machine: "dang" in Đảng bộ tỉnh Ninh Bình ran ≈ 100 ms in PostgreSQL, 23–27 ms with
 * max_parallel_workers_per_gather = 0 (docs/benchmarks.md, 5.5 M members). Counts read the
 * `member_count` table, not the members. A session that wants parallelism (a one-off report) can
 * still SET it.
 */
export class MembersParallelOff1796700000910 implements MigrationInterface {
  name = 'MembersParallelOff1796700000910';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather = 0', current_database()); END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET max_parallel_workers_per_gather', current_database()); END $$`);
  }
}
