import { EXEMPTION_GROUNDS, IsPartyDate, RECOGNITION_OUTCOMES, REMOVAL_GROUNDS, type ExemptionGround, type RecognitionOutcomeKind, type RemovalGround } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class LifecycleDecisionBodyDto {
  @ApiProperty({ maxLength: 50, example: '125-QĐ/ĐU', description: 'Số hiệu of the decision or resolution' })
  @Transform(trimText)
  @IsString()
  @Length(1, 50)
  number: string;

  @ApiProperty({ format: 'date', example: '2026-03-02' })
  @IsPartyDate()
  date: string;

  @ApiProperty({ maxLength: 200, example: 'Đảng ủy Bộ Tư pháp', description: 'The body that issued it' })
  @Transform(trimText)
  @IsString()
  @Length(1, 200)
  issuer: string;
}

class ReasonBodyDto {
  @ApiPropertyOptional({ maxLength: 1000, example: 'Theo nghị quyết của chi bộ' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class RecordAdmissionDto extends ReasonBodyDto {
  @ApiProperty({ type: LifecycleDecisionBodyDto })
  @ValidateNested()
  @Type(() => LifecycleDecisionBodyDto)
  decision: LifecycleDecisionBodyDto;

  @ApiPropertyOptional({ format: 'date', example: '2025-09-05', description: 'The day the chi bộ received the decision (default: its date); the ceremony deadline counts from it' })
  @IsOptional()
  @IsPartyDate()
  receivedOn?: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-09-20', description: 'The ceremony, when held already' })
  @IsOptional()
  @IsPartyDate()
  ceremonyDate?: string;
}

export class RecordCeremonyDto extends ReasonBodyDto {
  @ApiProperty({ format: 'date', example: '2025-09-20', description: 'Lễ kết nạp ("ngày vào Đảng"); a late one is recorded and flagged' })
  @IsPartyDate()
  heldOn: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-09-05' })
  @IsOptional()
  @IsPartyDate()
  receivedOn?: string;
}

export class RecognitionVotesBodyDto {
  @ApiProperty({ example: 6 })
  @IsInt()
  @Min(0)
  inFavour: number;

  @ApiProperty({ example: 9, description: 'Official members of the chi bộ (or committee members)' })
  @IsInt()
  @Min(1)
  eligible: number;
}

export class RecordRecognitionDto extends ReasonBodyDto {
  @ApiProperty({ enum: RECOGNITION_OUTCOMES, example: 'approved' })
  @IsIn(RECOGNITION_OUTCOMES)
  outcome: RecognitionOutcomeKind;

  @ApiProperty({ format: 'date', example: '2026-09-25', description: 'The chi bộ meeting that considered it' })
  @IsPartyDate()
  consideredOn: string;

  @ApiPropertyOptional({ type: RecognitionVotesBodyDto, description: 'Required for vote-failed; checked against two thirds when sent' })
  @ValidateIf((o: RecordRecognitionDto) => o.outcome === 'vote-failed' || o.votes !== undefined)
  @ValidateNested()
  @Type(() => RecognitionVotesBodyDto)
  votes?: RecognitionVotesBodyDto;

  @ApiPropertyOptional({ type: LifecycleDecisionBodyDto, description: 'Required for approved and not-recognised' })
  @ValidateIf((o: RecordRecognitionDto) => o.outcome !== 'vote-failed' || o.decision !== undefined)
  @ValidateNested()
  @Type(() => LifecycleDecisionBodyDto)
  decision?: LifecycleDecisionBodyDto;
}

export class DecidedLifecycleDto extends ReasonBodyDto {
  @ApiProperty({ type: LifecycleDecisionBodyDto })
  @ValidateNested()
  @Type(() => LifecycleDecisionBodyDto)
  decision: LifecycleDecisionBodyDto;

  @ApiProperty({ format: 'date', example: '2026-03-02', description: 'Not before the decision, nor before the current status began' })
  @IsPartyDate()
  effectiveOn: string;
}

export class ExemptMemberDto extends DecidedLifecycleDto {
  @ApiProperty({ enum: EXEMPTION_GROUNDS, example: 'tuoi-cao' })
  @IsIn(EXEMPTION_GROUNDS)
  ground: ExemptionGround;
}

export class RemoveMemberDto extends DecidedLifecycleDto {
  @ApiProperty({ enum: REMOVAL_GROUNDS, example: 'bo-sinh-hoat-dong-dang-phi', description: '29-QĐ/TW point 8.1; du-bi-khong-du-tu-cach only for a probationary member' })
  @IsIn(REMOVAL_GROUNDS)
  ground: RemovalGround;
}

export class RecordDeathDto extends ReasonBodyDto {
  @ApiProperty({ format: 'date', example: '2026-08-10', description: 'The date of death' })
  @IsPartyDate()
  effectiveOn: string;

  @ApiPropertyOptional({ type: LifecycleDecisionBodyDto, description: 'A notice or certificate, dated on or after the death' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LifecycleDecisionBodyDto)
  decision?: LifecycleDecisionBodyDto;
}
