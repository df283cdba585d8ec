import { BADGE_DISCIPLINE_FORMS, IsPartyDate, type BadgeDisciplineForm } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimText } from '../../common/validation/transforms';
import { BadgeRuleSourceResponseDto } from './badge.dto';

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
  @ApiPropertyOptional({ example: 6, description: 'Months the badge waits after this decision by the rule in force (0: a reprimand does not delay it)' })
  badgeDelayMonths?: number;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-11-01', description: 'The badge may not be given before this day (decidedOn + the delay); null when nothing is delayed' })
  badgeNotBefore?: string | null;
}

export class BadgeDisciplineDelayResponseDto {
  @ApiProperty({ enum: BADGE_DISCIPLINE_FORMS, example: 'canh-cao' })
  form: BadgeDisciplineForm;
  @ApiProperty({ example: 6 })
  months: number;
}

export class BadgeEarlyAwardBandResponseDto {
  @ApiProperty({ example: 30 })
  fromYears: number;
  @ApiProperty({ example: 65 })
  toYears: number;
  @ApiProperty({ example: 12 })
  monthsEarly: number;
}

export class BadgeCircumstancesRuleResponseDto {
  @ApiProperty({ type: BadgeRuleSourceResponseDto })
  source: BadgeRuleSourceResponseDto;
  @ApiProperty({ type: [BadgeDisciplineDelayResponseDto], description: 'Months each discipline form holds the badge (29-QĐ/TW điểm 27.3)' })
  disciplineDelays: BadgeDisciplineDelayResponseDto[];
  @ApiProperty({ type: [BadgeEarlyAwardBandResponseDto], description: 'How early a seriously ill member may receive it, by milestone band (years, inclusive)' })
  earlyForSeriousIllness: BadgeEarlyAwardBandResponseDto[];
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
  @ApiPropertyOptional({ type: BadgeCircumstancesRuleResponseDto, description: 'The badge rule in force that reads them, with its source' })
  rule?: BadgeCircumstancesRuleResponseDto;
}
