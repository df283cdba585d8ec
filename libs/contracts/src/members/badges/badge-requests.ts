import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { memberText } from '../members/member-requests';

/** Years of party age a badge is given for (Huy hiệu Đảng, members.md §4.6). */
export const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
export type BadgeMilestone = (typeof BADGE_MILESTONES)[number];

export const AWARD_BASES = ['regular', 'early-serious-illness', 'posthumous'] as const;
export type AwardBasis = (typeof AWARD_BASES)[number];

/** Who in an org's subtree is proposed for a badge at an award occasion (3/2, 19/5, 2/9, 7/11). */
export class ListBadgeCandidatesRequest extends PageRequest {
  @IsUUID()
  orgId!: string;

  /** The award occasion: one of 3/2, 19/5, 2/9, 7/11 of a year. */
  @IsPartyDate()
  occasion!: string;

  /** Only this milestone (years). */
  @IsOptional()
  @Type(() => Number)
  @IsIn(BADGE_MILESTONES)
  milestone?: BadgeMilestone;
}

/** Records a badge given (sổ tặng Huy hiệu Đảng). */
export class RecordBadgeRequest {
  @IsUUID()
  memberId!: string;

  @IsInt()
  @IsIn(BADGE_MILESTONES)
  milestone!: BadgeMilestone;

  @IsPartyDate()
  occasionDate!: string;

  @IsIn(AWARD_BASES)
  basis!: AwardBasis;

  /** Number of the award decision, e.g. `125-QĐ/TU`. */
  @Transform(memberText)
  @IsString()
  @Length(1, 50)
  decisionNumber!: string;

  @IsPartyDate()
  decisionDate!: string;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(30)
  badgeNumber?: string;
}

/** The badges a member has been given. */
export class ListMemberBadgesRequest {
  @IsUUID()
  memberId!: string;
}
