import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../orgs/dto/org-queries.dto';

const OUTCOMES = ['success', 'denied', 'failed'] as const;

export class ListAuditEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Action or action prefix, e.g. `orgs.` or `auth.login.failed`', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/)
  action?: string;

  @ApiPropertyOptional({ maxLength: 50, example: 'org' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  targetType?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: (typeof OUTCOMES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: "Only events whose actor's org or target's owner org is in this org's subtree" })
  @IsOptional()
  @IsUUID()
  orgId?: string;
}

export class AuditActorDto {
  @ApiProperty({ enum: ['user', 'api-client', 'system', 'anonymous'] }) type: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) orgId: string | null;
}

export class AuditTargetDto {
  @ApiProperty({ type: String, nullable: true }) type: string | null;
  @ApiProperty({ type: String, nullable: true }) id: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) ownerOrgId: string | null;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'UTC' }) occurredAt: string;
  @ApiProperty({ type: AuditActorDto }) @Type(() => AuditActorDto) actor: AuditActorDto;
  @ApiProperty({ example: 'orgs.create' }) action: string;
  @ApiProperty({ type: AuditTargetDto }) @Type(() => AuditTargetDto) target: AuditTargetDto;
  @ApiProperty({ enum: OUTCOMES }) outcome: string;
  @ApiProperty({ type: String, nullable: true }) httpMethod: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/orgs/:id' }) httpRoute: string | null;
  @ApiProperty({ type: Number, nullable: true }) statusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) clientAddress: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) correlationId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Sanitized: never passwords, tokens or secrets' })
  details: Record<string, unknown>;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
