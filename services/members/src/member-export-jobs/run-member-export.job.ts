import { MEMBER_EXPORT_FILE_TTL_HOURS } from '@lienthong/contracts';
import { JobStoppedError, type BlobStore, type JobContext, type JobDefinition } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { exportBlobKey, writeExportFile } from './export-file-writer';
import { ExportProgress } from './export-progress';
import { findExport, markFailed, markRetrying, markRunning, markSucceeded, saveRowsWritten, type MemberExportError } from './member-export-records';

export const RUN_MEMBER_EXPORT_JOB = 'members.export.run';
/** Starts in total (a crash counts); the last failure marks the export failed. */
export const MEMBER_EXPORT_MAX_ATTEMPTS = 3;

export interface MemberExportJobParams {
  exportId: string;
}

export interface RunMemberExportOptions {
  /** At most one `rows_written` update per interval (default 1 s, as the job runner's own progress). */
  progressIntervalMs?: number;
}

const FAILED: MemberExportError = {
  code: 'COMMON.INTERNAL',
  message: {
    vi: 'Không xuất được tệp do lỗi hệ thống (đã ghi nhận để xử lý). Hãy tạo lại lệnh xuất.',
    en: 'The file could not be written because of an internal error (it has been logged). Create the export again.',
  },
};

const CANCELLED: MemberExportError = {
  code: 'COMMON.CONFLICT',
  message: { vi: 'Lệnh xuất đã bị hủy trước khi xong.', en: 'The export was cancelled before it finished.' },
};

/** Cancelled through the jobs API (not a shutdown or a lost lease, which hand the run over to resume). */
const wasCancelled = (signal: AbortSignal) => signal.aborted && signal.reason instanceof JobStoppedError && signal.reason.reason === 'cancelled';

type RunContext = Pick<JobContext<MemberExportJobParams>, 'params' | 'attempt' | 'signal' | 'throwIfCancelled' | 'reportProgress'>;

/**
 * Writes one export's file into the blob store (the writer streams page by page: memory stays flat)
 * and keeps its progress (`rows_written`, throttled). A run resumed after a crash or a hand-over
 * writes the file again from the start, under the same key. A failure deletes the partial file;
 * the export goes back to `queued` for the next attempt, or is marked `failed` with a Vietnamese and
 * English reason after the last one.
 */
export async function runMemberExport(dataSource: DataSource, blobs: BlobStore, ctx: RunContext, options: RunMemberExportOptions = {}): Promise<void> {
  const { exportId } = ctx.params;
  const m = dataSource.manager;
  const view = await findExport(m, exportId);
  if (!view || (view.status !== 'queued' && view.status !== 'running')) return;
  await markRunning(m, exportId);
  const progress = new ExportProgress((rows) => saveRowsWritten(m, exportId, rows), options.progressIntervalMs ?? 1_000);
  const onRows = async (rows: number) => {
    ctx.throwIfCancelled(); // a shutdown hands the run over between pages; the partial file is deleted
    ctx.reportProgress({ phase: 'writing', done: rows, ...(view.totalEstimate === null ? {} : { total: view.totalEstimate }) });
    await progress.report(rows);
  };
  try {
    const file = await writeExportFile(m, blobs, { ...view, status: 'running' }, onRows);
    await markSucceeded(m, exportId, file, MEMBER_EXPORT_FILE_TTL_HOURS);
    ctx.reportProgress({ phase: 'succeeded', done: file.rows, total: file.rows });
  } catch (error) {
    await blobs.delete(exportBlobKey(exportId)).catch(() => undefined); // written, but the outcome was not recorded
    if (wasCancelled(ctx.signal)) await markFailed(m, exportId, CANCELLED);
    else if (ctx.signal.aborted || ctx.attempt < MEMBER_EXPORT_MAX_ATTEMPTS) await markRetrying(m, exportId);
    else await markFailed(m, exportId, FAILED);
    throw error;
  }
}

/** `members.export.run`: runs of different exports may go in parallel (each by one runner). */
export function runMemberExportJob(dataSource: DataSource, blobs: BlobStore, options: RunMemberExportOptions = {}): JobDefinition<MemberExportJobParams> {
  return {
    name: RUN_MEMBER_EXPORT_JOB,
    exclusive: false,
    retry: { maxAttempts: MEMBER_EXPORT_MAX_ATTEMPTS, initialDelayMs: 2_000 },
    parseParams: (raw) => ({ exportId: String((raw as MemberExportJobParams).exportId) }),
    run: (ctx) => runMemberExport(dataSource, blobs, ctx, options),
  };
}
