import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Rows per snapshot page at most (a page must stay well under the 1 MB message limit). */
export const MAX_SNAPSHOT_PAGE = 1_000;

/**
 * The owner's position in its own facts when a snapshot page was read: its newest outbox
 * event. A replica that applied this event (or a later one) has seen every change the page
 * could reflect. Null when the owner has published nothing yet (or purged it all).
 */
export interface SnapshotWatermark {
  lastEventId: string;
  lastOccurredAt: string;
}

/** One page of a replica snapshot request: keyset on the aggregate id. */
export class SnapshotPageRequest {
  /** The last id of the previous page; absent for the first page. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SNAPSHOT_PAGE)
  limit?: number;
}

/** Every row carries its aggregate `version`, so the replica's version guard works from the first event on. */
export interface SnapshotPage<TRow> {
  items: TRow[];
  /** Pass as `after` for the next page; null on the last one. */
  nextAfter: string | null;
  /** When the owner read this page. */
  readAt: string;
  watermark: SnapshotWatermark | null;
}

export class SnapshotSummaryRequest {}

/**
 * What a consistency check compares: the number of rows and `md5` of every `id:version`,
 * ordered by id (`string_agg(id::text || ':' || version, ',' ORDER BY id)` on both sides).
 */
export interface SnapshotSummary {
  count: number;
  checksum: string;
  readAt: string;
  watermark: SnapshotWatermark | null;
}
