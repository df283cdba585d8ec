import { IsPartyDate, MEMBER_TRANSFER_KINDS, MEMBER_TRANSFER_STATES, TEMPORARY_TRANSFER_REASONS, type MemberTransferKind, type MemberTransferState, type TemporaryTransferReason } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { queryBoolean, trimText } from '../../common/validation/transforms';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

const temporary = (o: { kind?: string }) => o.kind === 'temporary';
const noExternal = (o: { externalOrgName?: unknown }) => o.externalOrgName === undefined || o.externalOrgName === null;
const noTarget = (o: { toOrgId?: unknown }) => o.toOrgId === undefined || o.toOrgId === null;
const commaList = ({ value }: { value: unknown }): unknown[] =>
  (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [v]));

export class IssueMemberTransferDto {
  @ApiProperty({ format: 'uuid', description: 'The member, whose record the caller\'s subtree holds' })
  @IsUUID()
  memberId!: string;

  @ApiProperty({ enum: MEMBER_TRANSFER_KINDS, example: 'official', description: 'official (chính thức) or temporary (tạm thời)' })
  @IsIn(MEMBER_TRANSFER_KINDS)
  kind!: MemberTransferKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The receiving org, anywhere in the tree (or give externalOrgName)' })
  @ValidateIf(noExternal)
  @IsUUID()
  toOrgId?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'Đảng bộ tỉnh Lào Cai', description: 'A receiving organisation outside the system' })
  @ValidateIf(noTarget)
  @Transform(trimText)
  @IsString()
  @Length(2, 300)
  externalOrgName?: string;

  @ApiProperty({ maxLength: 50, example: '15-GGT/ĐU', description: 'Number of the introduction letter' })
  @Transform(trimText)
  @IsString()
  @Length(1, 50)
  letterNumber!: string;

  @ApiProperty({ format: 'date', example: '2026-11-20', description: 'Date of the letter: the 30 working days to confirm run from it' })
  @IsPartyDate()
  letterDate!: string;

  @ApiProperty({ maxLength: 200, example: 'Ban Thường vụ Đảng ủy Bộ Tư pháp', description: 'The committee that signed the letter' })
  @Transform(trimText)
  @IsString()
  @Length(2, 200)
  letterIssuer!: string;

  @ApiProperty({ format: 'date', example: '2026-11-17', description: 'The move or the effective date of its decision: the 60 working days to start run from it' })
  @IsPartyDate()
  movedOn!: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required when the letter is dated after the 60-working-day start deadline' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 1000)
  lateExplanation?: string;

  @ApiPropertyOptional({ enum: TEMPORARY_TRANSFER_REASONS, description: 'temporary only: residence-or-work (3 months to under 1 year) or domestic-study (3 months to 2 years)' })
  @ValidateIf(temporary)
  @IsIn(TEMPORARY_TRANSFER_REASONS)
  temporaryReason?: TemporaryTransferReason;

  @ApiPropertyOptional({ format: 'date', description: 'temporary only' })
  @ValidateIf(temporary)
  @IsPartyDate()
  temporaryFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'temporary only' })
  @ValidateIf(temporary)
  @IsPartyDate()
  temporaryUntil?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class TransferDeadlinesQueryDto {
  @ApiProperty({ format: 'date', example: '2026-01-20' })
  @IsPartyDate()
  movedOn!: string;

  @ApiProperty({ format: 'date', example: '2026-02-02' })
  @IsPartyDate()
  letterDate!: string;
}

export class TransferDestinationsQueryDto {
  @ApiProperty({ maxLength: 100, example: 'chi bo hanh chinh bao nhan dan', description: 'Words of the name or short name, diacritics optional' })
  @Transform(trimText)
  @IsString()
  @Length(1, 100)
  q!: string;
}

export class ListMemberTransfersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: [String], enum: MEMBER_TRANSFER_STATES, example: ['in-transit'], description: 'Comma-separated or repeated' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(MEMBER_TRANSFER_STATES.length)
  @IsIn(MEMBER_TRANSFER_STATES, { each: true })
  state?: MemberTransferState[];

  @ApiPropertyOptional({ type: Boolean, description: 'Only open transfers past their confirmation deadline' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class DecideMemberTransferDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-11-26', description: 'The day of the decision; default today' })
  @IsOptional()
  @IsPartyDate()
  decidedOn?: string;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Đã xuất trình giấy giới thiệu', description: 'Required to refuse: the reason' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class ReturnMemberTransferDto {
  @ApiProperty({ format: 'date', example: '2026-11-20', description: 'The day the member came back: not before the period starts, not after it ends, not after today' })
  @IsPartyDate()
  returnedOn!: string;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Kết thúc đợt công tác biệt phái trước thời hạn' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}
