import { CITIZEN_ID_PATTERN, MEMBER_ATTACHMENTS, MEMBER_STATUSES, type MemberAttachment, type MemberStatus } from '@lienthong/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { queryBoolean, trimText } from '../../common/validation/transforms';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

/** `status=official,probationary` or `status=official&status=probationary`. */
const commaList = ({ value }: { value: unknown }): unknown[] =>
  (Array.isArray(value) ? (value as unknown[]) : [value]).flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [v]));

export class ListMembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Root of the subtree to list; absent → the caller\'s whole scope' })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ type: Boolean, default: true, description: 'false: the org itself only' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeSubtree?: boolean;

  @ApiPropertyOptional({ enum: MEMBER_ATTACHMENTS, default: 'official', description: 'temporary: members hosted on a temporary transfer' })
  @IsOptional()
  @IsIn(MEMBER_ATTACHMENTS)
  attachment?: MemberAttachment;

  @ApiPropertyOptional({ maxLength: 100, example: 'nguyen van an', description: 'Words of the name, with or without diacritics' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ pattern: CITIZEN_ID_PATTERN.source, example: '001085012345' })
  @IsOptional()
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string;

  @ApiPropertyOptional({ maxLength: 20, example: '01234567', description: 'Any card the member ever held' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  cardNumber?: string;

  @ApiPropertyOptional({ type: [String], enum: MEMBER_STATUSES, example: ['official', 'probationary'], description: 'Comma-separated or repeated' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(MEMBER_STATUSES.length)
  @IsIn(MEMBER_STATUSES, { each: true })
  status?: MemberStatus[];

  @ApiPropertyOptional({ minimum: 0, maximum: 150, example: 18 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(150)
  ageMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 150, example: 35 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(150)
  ageMax?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 120, example: 30, description: 'Party age in whole years' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 120, example: 40 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMax?: number;
}

export class MemberCountsQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: true, description: 'false: the org itself only' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeSubtree?: boolean;
}
