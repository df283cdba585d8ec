import type { MemberExport } from '../api/member-export-api';

/** The server is still writing the file (or about to): worth polling. */
export function isUnfinished(job: Pick<MemberExport, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** Percent of the expected rows written; 99 at most until the server says succeeded; undefined without a total. */
export function percentOf(job: Pick<MemberExport, 'status' | 'rowsWritten' | 'totalEstimate'>): number | undefined {
  if (job.status === 'succeeded') return 100;
  if (!job.totalEstimate) return undefined;
  return Math.min(99, Math.floor((job.rowsWritten / job.totalEstimate) * 100));
}
