import { GRADING_CAMPAIGN_STATUSES, GRADING_EXCLUSION_REASONS, GRADING_LEVELS, GRADING_STEPS } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class GradingCampaignResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) rootOrgId: string;
  @ApiProperty({ example: 'Đảng bộ Văn phòng Trung ương Đảng' }) rootOrgName: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'Kiểm điểm, đánh giá, xếp loại chất lượng năm 2025' }) title: string;
  @ApiProperty({ format: 'date', example: '2026-01-15' }) deadline: string;
  @ApiProperty({ format: 'date', example: '2025-12-31', description: 'The day the rule tables are read at' }) referenceDate: string;
  @ApiProperty({ enum: GRADING_CAMPAIGN_STATUSES, example: 'open' }) status: string;
  @ApiProperty({ example: 'Nguyễn Văn Tổ Chức' }) openedBy: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ example: 42, description: 'Members listed (graded and excluded)' }) memberCount: number;
  @ApiProperty({ example: 2 }) excludedCount: number;
  @ApiProperty({ example: 5 }) orgCount: number;
  @ApiProperty({ example: 1 }) version: number;
}

export class GradingCampaignPageDto {
  @ApiProperty({ type: [GradingCampaignResponseDto] }) items: GradingCampaignResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class GradingMarkResponseDto {
  @ApiProperty({ example: 85 }) points: number;
  @ApiProperty({ enum: GRADING_LEVELS, example: 'hoan-thanh-tot' }) level: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, example: 'Nguyễn Văn Bí Thư' }) by: string | null;
}

export class GradingDecisionResponseDto extends GradingMarkResponseDto {
  @ApiProperty({ type: String, nullable: true, example: '125-QĐ/ĐU' }) decisionRef: string | null;
}

export class MemberGradingResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) memberName: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp' }) orgName: string;
  @ApiProperty({ enum: GRADING_EXCLUSION_REASONS, nullable: true, example: null, description: 'Listed but not graded, and why' }) exclusionReason: string | null;
  @ApiProperty({ enum: GRADING_STEPS, example: 'proposed' }) step: string;
  @ApiPropertyOptional({ type: GradingMarkResponseDto, nullable: true }) selfAssessment: GradingMarkResponseDto | null;
  @ApiPropertyOptional({ type: GradingMarkResponseDto, nullable: true }) proposal: GradingMarkResponseDto | null;
  @ApiPropertyOptional({ type: GradingDecisionResponseDto, nullable: true }) decision: GradingDecisionResponseDto | null;
  @ApiProperty({ example: 3, description: 'For If-Match on the next step' }) version: number;
}

export class OwnGradingCampaignDto {
  @ApiProperty({ example: 'Kiểm điểm, đánh giá, xếp loại chất lượng năm 2025' }) title: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ format: 'date', example: '2026-01-15' }) deadline: string;
  @ApiProperty({ enum: GRADING_CAMPAIGN_STATUSES, example: 'open' }) status: string;
  @ApiProperty({ example: 'Đảng bộ Văn phòng Trung ương Đảng' }) rootOrgName: string;
}

export class OwnMemberGradingResponseDto extends MemberGradingResponseDto {
  @ApiProperty({ type: OwnGradingCampaignDto }) campaign: OwnGradingCampaignDto;
}

export class MemberGradingPageDto {
  @ApiProperty({ type: [MemberGradingResponseDto] }) items: MemberGradingResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class OrgGradingResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp' }) orgName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiPropertyOptional({ type: GradingDecisionResponseDto, nullable: true }) decision: GradingDecisionResponseDto | null;
  @ApiProperty({ example: 1 }) version: number;
}

export class GradingLevelCountsDto {
  @ApiProperty({ example: 1 }) 'hoan-thanh-xuat-sac': number;
  @ApiProperty({ example: 6 }) 'hoan-thanh-tot': number;
  @ApiProperty({ example: 0 }) 'hoan-thanh': number;
  @ApiProperty({ example: 1 }) 'khong-hoan-thanh': number;
}

export class GradingRollupRowResponseDto {
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty({ example: 'Chi bộ Vụ Tổng hợp' }) orgName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ example: 10, description: 'Members of the org\'s whole subtree listed in the campaign' }) members: number;
  @ApiProperty({ example: 2 }) excluded: number;
  @ApiProperty({ example: 0, description: 'Graded members not decided yet' }) undecided: number;
  @ApiProperty({ type: GradingLevelCountsDto }) levels: GradingLevelCountsDto;
  @ApiPropertyOptional({ type: OrgGradingResponseDto, nullable: true }) orgGrading: OrgGradingResponseDto | null;
}

export class ExcellentCapResponseDto {
  @ApiProperty({ example: 20 }) percent: number;
  @ApiProperty({ example: 6, description: 'Graded "hoàn thành tốt" or better' }) base: number;
  @ApiProperty({ example: 1 }) excellent: number;
  @ApiProperty({ example: 1 }) maxExcellent: number;
  @ApiProperty({ example: 'Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11' }) source: string;
}

export class GradingRollupResponseDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: [GradingRollupRowResponseDto], description: 'The org first, then its children' }) rows: GradingRollupRowResponseDto[];
  @ApiProperty({ type: ExcellentCapResponseDto, description: 'The cap within the org\'s own members' }) cap: ExcellentCapResponseDto;
}
