import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { PageRequest } from '../../common/page';

// The member import (issue 10): upload → parse job → preview → commit job; files travel as blob keys.

export const MEMBER_IMPORT_STATUSES = ['queued', 'parsing', 'parsed', 'failed', 'committing', 'committed'] as const;
export type MemberImportStatus = (typeof MEMBER_IMPORT_STATUSES)[number];

/** Preview filter: rows with errors, rows that would be created, rows refused as duplicates. */
export const MEMBER_IMPORT_ROW_FILTERS = ['error', 'valid', 'duplicate'] as const;
export type MemberImportRowFilter = (typeof MEMBER_IMPORT_ROW_FILTERS)[number];

/** Blob keys the gateway writes uploads to: `member-imports/<uuid>.xlsx`. */
export const MEMBER_IMPORT_BLOB_KEY = /^member-imports\/[0-9a-f-]{36}\.xlsx$/;

/** An uploaded file, already in the blob store, to be read into a new import of `orgId`'s subtree. */
export class CreateMemberImportRequest {
  @IsUUID()
  orgId!: string;

  @IsString()
  @Length(1, 255)
  fileName!: string;

  @IsString()
  @Matches(MEMBER_IMPORT_BLOB_KEY)
  blobKey!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  blobSize!: number;
}

export class GetMemberImportRequest {
  @IsUUID()
  id!: string;
}

export class CommitMemberImportRequest extends GetMemberImportRequest {}

export class MemberImportErrorReportRequest extends GetMemberImportRequest {}

/** A page of the preview in row order; the cursor is the last row number seen. */
export class ListMemberImportRowsRequest extends PageRequest {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsIn(MEMBER_IMPORT_ROW_FILTERS)
  status?: MemberImportRowFilter;
}

export class MemberImportTemplateRequest {}

/** The 7-HSĐV list of an org's subtree. */
export class ExportMemberListRequest {
  @IsUUID()
  orgId!: string;

  /** The gateway's limit for a file written inside the request: a larger subtree answers MEMBERS.EXPORT_TOO_LARGE. */
  @IsOptional()
  @IsInt()
  @Min(0)
  maxMembers?: number;
}

export interface MemberImportDto {
  id: string;
  orgId: string;
  fileName: string;
  status: MemberImportStatus;
  /** Why the whole file was refused, in the caller's language. */
  fileError: { code: string; message: string } | null;
  rowsParsed: number;
  rowsValid: number;
  rowsInvalid: number;
  rowsCommitted: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemberImportRowErrorDto {
  /** "D12", or null when the error concerns the whole row. */
  cell: string | null;
  field: string;
  code: string;
  message: string;
}

export interface MemberImportRowDto {
  rowNumber: number;
  fullName: string | null;
  memberId: string | null;
  errors: MemberImportRowErrorDto[];
}

/** A file the members service wrote to the blob store for the gateway to stream. */
export interface BlobFileDto {
  blobKey: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Data rows in the file (exports, error reports). */
  rows?: number;
  /** Written for this one download: the gateway deletes it once streamed. */
  temporary: boolean;
}

/** Error codes of the duplicate checks: the `duplicate` filter of the preview. */
export const MEMBER_IMPORT_DUPLICATE_CODES = ['duplicateInFile', 'citizenIdTaken', 'cardNumberTaken', 'duplicateMember'] as const;

export const MEMBER_IMPORT_MAX_BYTES = 30 * 1024 * 1024;
