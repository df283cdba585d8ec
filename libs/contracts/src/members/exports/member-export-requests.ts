import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IsPartyDate } from '../../common/validators';
import { BADGE_MILESTONES, type BadgeMilestone } from '../badges/badge-requests';

/** The formats a member's record sheet (phiếu đảng viên) is printed in. */
export const RECORD_SHEET_FORMATS = ['xlsx', 'pdf'] as const;
export type RecordSheetFormat = (typeof RECORD_SHEET_FORMATS)[number];

/** A member's record sheet as a file (sensitive fields only with `members:read-sensitive`). */
export class ExportRecordSheetRequest {
  @IsUUID()
  memberId!: string;

  @IsIn(RECORD_SHEET_FORMATS)
  format!: RecordSheetFormat;
}

/** The badge register of an org's subtree at an award occasion, as .xlsx. */
export class ExportBadgeListRequest {
  @IsUUID()
  orgId!: string;

  /** One of 3/2, 19/5, 2/9, 7/11 of a year. */
  @IsPartyDate()
  occasion!: string;

  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;

  /** The gateway's limit for a file written inside the request: a larger subtree answers MEMBERS.EXPORT_TOO_LARGE. */
  @IsOptional()
  @IsInt()
  @Min(0)
  maxMembers?: number;
}
