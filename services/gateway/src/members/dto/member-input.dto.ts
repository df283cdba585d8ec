import { CITIZEN_ID_PATTERN, IsPartyDate, MEMBER_STATUSES, POLITICAL_THEORY_LEVELS, SEXES, type MemberStatus, type PoliticalTheoryLevel, type Sex } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class MembershipPeriodBodyDto {
  @ApiProperty({ format: 'date', example: '2010-05-15', description: 'Date of the admission decision (party age counts from the first one)' })
  @IsPartyDate()
  admissionDecisionDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: '125-QĐ/ĐU' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(50)
  admissionDecisionNumber?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2010-06-01', description: 'Lễ kết nạp ("ngày vào Đảng")' })
  @IsOptional()
  @IsPartyDate()
  ceremonyDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2011-06-01', description: 'Official recognition: at least 12 months of probation after the ceremony' })
  @IsOptional()
  @IsPartyDate()
  recognitionDate?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: null, description: 'End of this period (removal, expulsion, leaving, death)' })
  @IsOptional()
  @IsPartyDate()
  endedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: null })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  endReason?: string | null;
}

export class MemberCardBodyDto {
  @ApiProperty({ maxLength: 20, example: '01234567', description: 'Checked against the card-number rule in force on `issuedOn` (8 digits since 2003)' })
  @Transform(trimText)
  @IsString()
  @MaxLength(20)
  cardNumber: string;

  @ApiProperty({ format: 'date', example: '2012-03-03' })
  @IsPartyDate()
  issuedOn: string;
}

export class FamilyRelativeBodyDto {
  @ApiProperty({ maxLength: 50, example: 'Cha' })
  @Transform(trimText)
  @IsString()
  @Length(1, 50)
  relation: string;

  @ApiProperty({ maxLength: 255, example: 'Nguyễn Văn Bảo' })
  @Transform(trimText)
  @IsString()
  @Length(1, 255)
  fullName: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 1955 })
  @IsOptional()
  @IsInt()
  @Min(1850)
  @Max(2100)
  birthYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Hưu trí' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Needs `members:read-sensitive` to write (403 otherwise). */
export class MemberSensitiveBodyDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Kinh' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(100)
  ethnicity?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Không' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(100)
  religion?: string | null;

  @ApiPropertyOptional({ type: [FamilyRelativeBodyDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FamilyRelativeBodyDto)
  family?: FamilyRelativeBodyDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'Tốt' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(2000)
  health?: string | null;
}

const nullableText = (maxLength: number, example: string) => ApiPropertyOptional({ type: String, nullable: true, maxLength, example });

/** A party member's record as an officer enters it (lý lịch items 01–12, phiếu đảng viên numbers). */
export class CreateMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The org whose official roll the member joins (usually a chi bộ)' })
  @IsUUID()
  orgId: string;

  @ApiProperty({ minLength: 2, maxLength: 255, example: 'Nguyễn Văn An', description: 'Full name as on the citizen ID' })
  @Transform(trimText)
  @IsString()
  @Length(2, 255)
  fullName: string;

  @nullableText(255, 'Nguyễn Văn Ân')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(2, 255)
  birthName?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Ba An'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  aliases?: string[];

  @ApiProperty({ enum: SEXES, example: 'male' })
  @IsIn(SEXES)
  sex: Sex;

  @ApiProperty({ format: 'date', example: '1985-03-12' })
  @IsPartyDate()
  dateOfBirth: string;

  @nullableText(500, 'Xã Hải Châu, tỉnh Thanh Hóa')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  placeOfBirth?: string | null;

  @nullableText(500, 'Thanh Hóa')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  homeTown?: string | null;

  @nullableText(500, 'Số 1 Hùng Vương, phường Ba Đình, Hà Nội')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  permanentResidence?: string | null;

  @nullableText(500, 'Không')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  temporaryResidence?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, pattern: CITIZEN_ID_PATTERN.source, example: '001085012345', description: 'CCCD, 12 digits; unique where present' })
  @IsOptional()
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string | null;

  @nullableText(255, 'Chuyên viên')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(255)
  occupation?: string | null;

  @nullableText(50, '12/12')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(50)
  education?: string | null;

  @nullableText(1000, 'Cử nhân Luật')
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(1000)
  qualifications?: string | null;

  @ApiPropertyOptional({ enum: POLITICAL_THEORY_LEVELS, nullable: true, example: 'trung-cap' })
  @IsOptional()
  @IsIn(POLITICAL_THEORY_LEVELS)
  politicalTheory?: PoliticalTheoryLevel | null;

  @ApiPropertyOptional({ type: [String], example: ['Tiếng Anh B2'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '012345HN', description: 'Số lý lịch: 6 digits and 1–3 letters' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(20)
  historyNumber?: string | null;

  @ApiProperty({ enum: MEMBER_STATUSES, example: 'official' })
  @IsIn(MEMBER_STATUSES)
  status: MemberStatus;

  @ApiPropertyOptional({ format: 'date', example: '2011-06-01', description: 'Since when the status holds; absent → from the periods' })
  @IsOptional()
  @IsPartyDate()
  statusSince?: string;

  @ApiProperty({ type: [MembershipPeriodBodyDto], description: 'Admissions, oldest first (a readmitted member keeps the first)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MembershipPeriodBodyDto)
  periods: MembershipPeriodBodyDto[];

  @ApiPropertyOptional({ type: [MemberCardBodyDto], description: 'Card history, oldest first; the last is in use' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MemberCardBodyDto)
  cards?: MemberCardBodyDto[];

  @ApiPropertyOptional({ type: MemberSensitiveBodyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberSensitiveBodyDto)
  sensitive?: MemberSensitiveBodyDto;
}

/** What changes; `null` clears an optional field. Periods and cards, when sent, replace the lists. */
export class UpdateMemberDto extends PartialType(OmitType(CreateMemberDto, ['orgId'] as const)) {}

export class TransferMemberDto {
  @ApiProperty({ format: 'uuid', description: 'The receiving org' })
  @IsUUID()
  toOrgId: string;

  @ApiProperty({ enum: ['official', 'temporary'], example: 'official', description: 'temporary: hosted there, not counted in its đảng số' })
  @IsIn(['official', 'temporary'])
  kind: 'official' | 'temporary';

  @ApiProperty({ format: 'date', example: '2025-07-01' })
  @IsPartyDate()
  effectiveOn: string;
}
