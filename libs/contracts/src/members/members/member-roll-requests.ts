import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageRequest } from '../../common/page';
import {
  CITIZEN_ID_PATTERN,
  MEMBER_STATUSES,
  type MemberStatus,
} from './member-status';
import { memberText } from './member-requests';

// Lists, counts, one's own record and correction requests over the member roll.
export const MEMBER_ATTACHMENTS = ['official', 'temporary'] as const;
export type MemberAttachment = (typeof MEMBER_ATTACHMENTS)[number];

export class ListMembersRequest extends PageRequest {
  /** Root of the subtree to list; absent → the caller's whole scope. */
  @IsOptional()
  @IsUUID()
  orgId?: string;

  /** false: only the org itself, not its subtree. */
  @IsOptional()
  @IsBoolean()
  includeSubtree?: boolean;

  /** `official`: records held by the orgs (đảng số); `temporary`: members attached here on a temporary transfer. */
  @IsOptional()
  @IsIn(MEMBER_ATTACHMENTS)
  attachment?: MemberAttachment;

  /** Words of the name, with or without diacritics. */
  @IsOptional()
  @Transform(memberText)
  @IsString()
  @Length(1, 100)
  q?: string;

  @IsOptional()
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 20)
  cardNumber?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEMBER_STATUSES.length)
  @IsIn(MEMBER_STATUSES, { each: true })
  statuses?: MemberStatus[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMin?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMax?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMin?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMax?: number;
}

export class MemberCountsRequest {
  @IsUUID()
  orgId: string;

  @IsOptional()
  @IsBoolean()
  includeSubtree?: boolean;
}

/** The signed-in member's own record; the gateway resolves `memberId` from the account's link. */
export class GetOwnMemberRequest {
  @IsUUID()
  memberId: string;
}

export class CorrectionItemInput {
  @IsString()
  @Length(1, 50)
  field: string;

  @Transform(memberText)
  @IsString()
  @Length(1, 2000)
  proposedValue: string;
}

export class CreateCorrectionRequest {
  @IsUUID()
  memberId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CorrectionItemInput)
  items: CorrectionItemInput[];

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

