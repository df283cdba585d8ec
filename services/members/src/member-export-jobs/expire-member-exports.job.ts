import type { BlobStore, JobContext, JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import type { MemberExportError } from './member-export-records';
import { RUN_MEMBER_EXPORT_JOB } from './run-member-export.job';

export const EXPIRE_MEMBER_EXPORTS_JOB = 'members.export.expire';
const CHUNK = 200;
/** An export still queued or running this long after it was asked for, with no live run, has lost its run. */
const LOST_AFTER_MINUTES = 30;
/** Expired and failed exports stay listed ("Tệp đã xuất") this long after they ended, then their rows go (the audit log keeps the downloads). */
const KEEP_ENDED_DAYS = 90;

const LOST: MemberExportError = {
  code: 'COMMON.INTERNAL',
  message: {
    vi: 'Lệnh xuất bị gián đoạn và không thể chạy tiếp (đã ghi nhận để xử lý). Hãy tạo lại lệnh xuất.',
    en: 'The export was interrupted and could not go on (it has been logged). Create the export again.',
  },
};

/**
 * Every 15 minutes: deletes the files of exports past their `expires_at` and marks them `expired`
 * (a download then answers 410), in chunks of 200 rows, each chunk in one transaction that holds its
 * rows (SKIP LOCKED: two runners never take the same ones). A blob that cannot be deleted fails the
 * chunk, which the next run takes again (deleting a deleted blob is harmless). Then exports whose run
 * was lost (a crash on the last attempt, no queued or running run left) are marked `failed`, and the
 * rows of exports that ended (expired or failed) more than 90 days ago are deleted, in chunks.
 */
export function expireMemberExportsJob(dataSource: DataSource, blobs: BlobStore): JobDefinition {
  return {
    name: EXPIRE_MEMBER_EXPORTS_JOB,
    schedules: [{ everySeconds: 900 }],
    retry: { maxAttempts: 3 },
    run: async (ctx) => void (await expireMemberExports(dataSource, blobs, ctx)),
  };
}

export async function expireMemberExports(dataSource: DataSource, blobs: BlobStore, ctx: Pick<JobContext, 'throwIfCancelled' | 'reportProgress'>): Promise<number> {
  let expired = 0;
  for (;;) {
    ctx.throwIfCancelled();
    const n = await dataSource.transaction(async (m) => {
      const due = await m.query<{ id: string; blob_key: string }[]>(
        `SELECT id, blob_key FROM member_export WHERE status = 'succeeded' AND expires_at <= now() ORDER BY expires_at LIMIT ${CHUNK} FOR UPDATE SKIP LOCKED`,
      );
      if (due.length === 0) return 0;
      await Promise.all(due.map((d) => blobs.delete(d.blob_key)));
      await m.query(`UPDATE member_export SET status = 'expired', blob_key = NULL WHERE id = ANY($1::uuid[])`, [due.map((d) => d.id)]);
      return due.length;
    });
    expired += n;
    ctx.reportProgress({ phase: 'expiring', done: expired });
    if (n < CHUNK) break;
  }
  const lost = await dataSource.query<unknown[]>(
    `UPDATE member_export e SET status = 'failed', error = $2, finished_at = now()
      WHERE e.status IN ('queued', 'running') AND e.created_at < now() - $3::int * interval '1 minute'
        AND NOT EXISTS (SELECT 1 FROM job_run r WHERE r.job_name = $1 AND r.status IN ('queued', 'running') AND r.params->>'exportId' = e.id::text)
     RETURNING e.id`,
    [RUN_MEMBER_EXPORT_JOB, JSON.stringify(LOST), LOST_AFTER_MINUTES],
  );
  const removed = await deleteLongEnded(dataSource, ctx);
  ctx.reportProgress({ phase: 'done', done: expired, message: `${expired} export files expired, ${countOf(lost)} lost exports failed, ${removed} old records deleted` });
  return expired;
}

/** Rows of exports that ended more than KEEP_ENDED_DAYS ago (their files are already gone), CHUNK at a time. */
async function deleteLongEnded(dataSource: DataSource, ctx: Pick<JobContext, 'throwIfCancelled'>): Promise<number> {
  let removed = 0;
  for (;;) {
    ctx.throwIfCancelled();
    const gone = await dataSource.query<unknown[]>(
      `DELETE FROM member_export WHERE id IN (
         SELECT id FROM member_export WHERE status IN ('expired', 'failed') AND coalesce(finished_at, created_at) < now() - $1::int * interval '1 day' LIMIT ${CHUNK})
       RETURNING id`,
      [KEEP_ENDED_DAYS],
    );
    removed += countOf(gone);
    if (countOf(gone) < CHUNK) return removed;
  }
}

/** `UPDATE … RETURNING` through TypeORM answers [rows, count]. */
function countOf(result: unknown[]): number {
  return Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
}
