import { BADGE_DISCIPLINE_FORMS, IsPartyDate, type BadgeDisciplineForm } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class RecordDisciplineDto {
  @ApiProperty({ enum: BADGE_DISCIPLINE_FORMS, example: 'canh-cao', description: 'khien-trach, canh-cao (badge held 6 months) or cach-chuc (12 months); khai trừ is the member\'s expulsion' })
  @IsIn(BADGE_DISCIPLINE_FORMS)
  form!: BadgeDisciplineForm;

  @ApiProperty({ format: 'date', example: '2026-05-01', description: 'Date of the decision; not after today' })
  @IsPartyDate()
  decidedOn!: string;

  @ApiPropertyOptional({ maxLength: 50, example: '15-QĐ/ĐU' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(50)
  decisionRef?: string;
}

export class SetSeriousIllnessDto {
  @ApiProperty({ format: 'date', example: '2026-06-01', description: 'Since when (medical record); not after today' })
  @IsPartyDate()
  since!: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'Điều trị dài ngày tại Bệnh viện K' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MemberDisciplineResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  @ApiProperty({ enum: ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'], example: 'canh-cao' })
  form: string;
  @ApiProperty({ format: 'date', example: '2026-05-01' })
  decidedOn: string;
  @ApiProperty({ type: String, nullable: true, example: '15-QĐ/ĐU' })
  decisionRef: string | null;
}

export class SeriousIllnessResponseDto {
  @ApiProperty({ format: 'date', example: '2026-06-01' })
  since: string;
  @ApiProperty({ type: String, nullable: true, example: 'Điều trị dài ngày tại Bệnh viện K' })
  note: string | null;
}

export class BadgeCircumstancesResponseDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  @ApiProperty({ type: [MemberDisciplineResponseDto] })
  disciplines: MemberDisciplineResponseDto[];
  @ApiProperty({ type: SeriousIllnessResponseDto, nullable: true })
  seriousIllness: SeriousIllnessResponseDto | null;
}
