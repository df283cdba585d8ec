import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { BADGE_MILESTONES, type BadgeMilestone } from '../badges/badge-requests';
import type { BlobFileDto } from '../members/member-import-requests';

// Exports as background jobs (issue 10 §2): a large list is written by a job into the blob store and
// downloaded when done; the file is kept MEMBER_EXPORT_FILE_TTL_HOURS, then deleted (status expired).

/** What a background export writes: the 7-HSĐV member list of a subtree, or the badge list of an occasion. */
export const MEMBER_EXPORT_KINDS = ['member-list', 'badge-list'] as const;
export type MemberExportKind = (typeof MEMBER_EXPORT_KINDS)[number];

export const MEMBER_EXPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'expired'] as const;
export type MemberExportStatus = (typeof MEMBER_EXPORT_STATUSES)[number];

/** How long a finished export's file is kept for download. */
export const MEMBER_EXPORT_FILE_TTL_HOURS = 24;

/** A new export job of `orgId`'s subtree; `occasion` (and optionally `milestone`) for the badge list only. */
export class CreateMemberExportRequest {
  @IsIn(MEMBER_EXPORT_KINDS)
  kind!: MemberExportKind;

  @IsUUID()
  orgId!: string;

  /** The award occasion (badge list): one of 3/2, 19/5, 2/9, 7/11 of a year. Required for `badge-list`. */
  @ValidateIf((o: CreateMemberExportRequest) => o.kind === 'badge-list' || o.occasion !== undefined)
  @IsPartyDate()
  occasion?: string;

  /** Only this milestone (badge list). */
  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;
}

export class GetMemberExportRequest {
  @IsUUID()
  id!: string;
}

/** The file of a finished export (never deleted by the download: it is kept until it expires). */
export class MemberExportFileRequest extends GetMemberExportRequest {}

/** The caller's own exports, newest first (keyset pages). */
export class ListMemberExportsRequest extends PageRequest {}

export interface MemberExportDto {
  id: string;
  kind: MemberExportKind;
  orgId: string;
  orgName: string;
  occasion: string | null;
  milestone: number | null;
  status: MemberExportStatus;
  /** Progress: data rows written so far (the whole file once succeeded). */
  rowsWritten: number;
  /** Rows expected (the subtree's members, for the member list); null when unknown (badge list). */
  totalEstimate: number | null;
  /** Set once succeeded. */
  fileName: string | null;
  size: number | null;
  /** Why it failed, in the caller's language. */
  error: { code: string; message: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When the file is deleted (succeeded exports). */
  expiresAt: string | null;
}

/** A finished export's file in the blob store (`temporary: false`: kept until it expires), with the export it belongs to. */
export interface MemberExportFileDto {
  export: MemberExportDto;
  file: BlobFileDto;
}
