import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { ORG_KINDS, type OrgKind } from './org-kind';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value);

/** Short names appear in document symbols (`03-NQ/ĐU`): letters, digits, dots and dashes. */
export const SHORT_NAME_PATTERN = /^[\p{Lu}\p{Ll}\d.-]{1,20}$/u;

export class CreateOrgRequest {
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId: string | null;

  @Transform(trim)
  @IsString()
  @Length(2, 255)
  name: string;

  @Transform(trim)
  @IsString()
  @Matches(SHORT_NAME_PATTERN)
  shortName: string;

  @IsIn(ORG_KINDS)
  kind: OrgKind;

  @IsPartyDate()
  validFrom: string;
}

export class GetOrgRequest {
  @IsUUID()
  id: string;
}

export class UpdateOrgRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 255)
  name?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(SHORT_NAME_PATTERN)
  shortName?: string;
}

export class MoveOrgRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsUUID()
  newParentId: string;
}

export class CloseOrgRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsPartyDate()
  validTo: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ListOrgChildrenRequest extends PageRequest {
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId: string | null;

  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean;
}

export class SearchOrgsRequest extends PageRequest {
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  q: string;

  @IsOptional()
  @IsUUID()
  withinOrgId?: string;

  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean;
}

export class ListOrgAncestorsRequest {
  @IsUUID()
  id: string;
}
