import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsPartyDate } from '../../common/validators';
import { ORG_KINDS, type OrgKind } from './org-kind';
import type { OrgDto, OrgStatus } from './org.dto';

/** One org as `members.org.snapshot` answers it: what a replica keeps, with the aggregate version. */
export interface OrgSnapshotRow {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  kind: OrgKind;
  status: OrgStatus;
  validFrom: string;
  validTo: string | null;
  version: number;
}

/** The org inside an org event, validated field by field (consumers refuse unknown fields). */
export class OrgEventState implements OrgDto {
  @IsUUID()
  id: string;

  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId: string | null;

  @IsString()
  name: string;

  @IsString()
  shortName: string;

  @IsIn(ORG_KINDS)
  kind: OrgKind;

  @IsIn(['active', 'closed'])
  status: OrgStatus;

  @IsPartyDate()
  validFrom: string;

  @ValidateIf((_o, v) => v !== null)
  @IsPartyDate()
  validTo: string | null;

  @IsOptional()
  @IsString()
  closeReason?: string;

  @IsArray()
  @IsUUID('all', { each: true })
  ancestorIds: string[];

  @IsInt()
  @Min(0)
  depth: number;

  @IsInt()
  @Min(0)
  childCount: number;

  @IsInt()
  @Min(1)
  version: number;

  @IsString()
  createdAt: string;

  @IsString()
  updatedAt: string;
}

/** Validated payload of `members.org.{created,updated,moved,closed}.v1` (see `OrgChangedEventV1`). */
export class OrgChangedEventV1Payload {
  @ValidateNested()
  @Type(() => OrgEventState)
  org: OrgEventState;
}
