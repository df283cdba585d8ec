import { ORG_KINDS, SHORT_NAME_PATTERN, IsPartyDate, type OrgKind } from '@lienthong/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { trimText } from '../../common/validation/transforms';

export class CreateOrgDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The superior organisation; null creates a root' })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  parentId: string | null;

  @ApiProperty({ minLength: 2, maxLength: 255, example: 'Chi bộ Văn phòng' })
  @Transform(trimText)
  @IsString()
  @Length(2, 255)
  name: string;

  @ApiProperty({ pattern: SHORT_NAME_PATTERN.source, maxLength: 20, example: 'CBVP' })
  @Transform(trimText)
  @IsString()
  @Matches(SHORT_NAME_PATTERN)
  shortName: string;

  @ApiProperty({ enum: ORG_KINDS, example: 'chi-bo-co-so' })
  @IsIn(ORG_KINDS)
  kind: OrgKind;

  @ApiProperty({ format: 'date', example: '2026-01-15', description: 'Date of the founding decision (YYYY-MM-DD)' })
  @IsPartyDate()
  validFrom: string;
}
