import { AWARD_BASES, type AwardBasis } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class BadgeRuleSourceResponseDto {
  @ApiProperty({ example: 'Hướng dẫn 01-HD/TW ngày 28/9/2021; Quy định 29-QĐ/TW điểm 27.3 (kỷ luật)' })
  document: string;
  @ApiPropertyOptional({ example: 'điểm 18' })
  article?: string;
  @ApiPropertyOptional()
  note?: string;
}

export class BadgeCandidateResponseDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  @ApiProperty({ example: 'Lê Văn Ba Mươi' })
  fullName: string;
  @ApiProperty({ format: 'date', example: '1970-03-12' })
  dateOfBirth: string;
  @ApiProperty({ format: 'uuid' })
  orgId: string;
  @ApiProperty({ example: 'Chi bộ Vụ Pháp chế' })
  orgName: string;
  @ApiProperty({ example: 'official' })
  status: string;
  @ApiProperty({ format: 'date', example: '1996-08-20' })
  admissionDecisionDate: string;
  @ApiProperty({ example: 30 })
  milestone: number;
  @ApiProperty({ format: 'date', example: '2026-08-20', description: 'The day party age reaches the milestone (deducted periods counted)' })
  reachDate: string;
  @ApiProperty({ enum: AWARD_BASES, example: 'regular' })
  basis: AwardBasis;
  @ApiProperty({ enum: ['eligible', 'delayed'], example: 'eligible', description: 'delayed: a discipline decision holds it until notBefore' })
  decision: 'eligible' | 'delayed';
  @ApiProperty({ type: [Number], example: [], description: 'Lower milestones reached and never recorded' })
  missed: number[];
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  notBefore: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'The occasion to propose it at, when delayed' })
  nextOccasion: string | null;
  @ApiProperty({ type: [String], example: ['cảnh cáo 2026-06-01 (15-QĐ/ĐU)'], description: 'The discipline decisions that delay it' })
  reasons: string[];
  @ApiProperty({ type: BadgeRuleSourceResponseDto })
  source: BadgeRuleSourceResponseDto;
}

export class BadgeCandidatePageResponseDto {
  @ApiProperty({ format: 'date', example: '2026-09-02' })
  occasion: string;
  @ApiProperty({ example: 'Quốc khánh (2/9)' })
  occasionName: string;
  @ApiProperty({ type: [BadgeCandidateResponseDto] })
  items: BadgeCandidateResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}

export class MemberBadgeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  @ApiProperty({ example: 30 })
  milestone: number;
  @ApiProperty({ format: 'date', example: '2026-09-02' })
  occasionDate: string;
  @ApiProperty({ enum: AWARD_BASES, example: 'regular' })
  basis: AwardBasis;
  @ApiProperty({ example: '1250-QĐ/TU' })
  decisionNumber: string;
  @ApiProperty({ format: 'date', example: '2026-08-20' })
  decisionDate: string;
  @ApiProperty({ type: String, nullable: true, example: 'HH-30-000123' })
  badgeNumber: string | null;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}
