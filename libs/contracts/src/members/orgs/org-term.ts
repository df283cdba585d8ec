import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsPartyDate } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value);

/**
 * A term (nhiệm kỳ) of an organisation's committee, from its congress to the next one.
 * Document numbering restarts per term (HD 06-HD/TW, 2025, on numbering after a merge or split).
 * At most one term of an org is open (`endDate` null); terms of one org never overlap.
 */
export interface OrgTermDto {
  id: string;
  orgId: string;
  /** Ordinal of the congress that opened it (Đại hội lần thứ …). */
  number: number;
  /** e.g. "Nhiệm kỳ 2025–2030". */
  label: string;
  startDate: string;
  /** Last day of the term (inclusive); null while it is open. */
  endDate: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export class ListOrgTermsRequest {
  @IsUUID()
  orgId: string;
}

export class OpenOrgTermRequest {
  @IsUUID()
  orgId: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  number: number;

  @Transform(trim)
  @IsString()
  @Length(2, 100)
  label: string;

  @IsPartyDate()
  startDate: string;

  /** A past term recorded after the fact may come with its end date. */
  @IsOptional()
  @IsPartyDate()
  endDate?: string;
}

export class CloseOrgTermRequest {
  /** The org the caller addresses the term through (a term of another org is not found). */
  @IsUUID()
  orgId: string;

  @IsUUID()
  termId: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsPartyDate()
  endDate: string;
}

export class OrgTermInForceRequest {
  @IsUUID()
  orgId: string;

  @IsPartyDate()
  date: string;
}

/** Payload of `members.org.term-opened.v1` and `members.org.term-closed.v1`: the term as it now stands. */
export interface OrgTermChangedEventV1 {
  term: OrgTermDto;
}
