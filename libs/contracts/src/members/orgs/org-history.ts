import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import type { OrgKind } from './org-kind';
import type { SuccessionKind } from './org-restructuring';
import type { OrgStatus } from './org.dto';

/** One org as it stood on `asOf` (answered as an `OrgDto` with the values of that day). */
export class GetOrgAsOfRequest {
  @IsUUID()
  id: string;

  @IsPartyDate()
  asOf: string;
}

export class ListOrgChildrenAsOfRequest extends PageRequest {
  @IsUUID()
  parentId: string;

  @IsPartyDate()
  asOf: string;

  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean;
}

export class GetOrgHistoryRequest {
  @IsUUID()
  id: string;
}

/** One version of an org: its place and names over a period of days. */
export interface OrgVersionDto {
  parentId: string | null;
  name: string;
  shortName: string;
  kind: OrgKind;
  status: OrgStatus;
  validFrom: string;
  /** Last day of this version (inclusive); null for the current one. */
  validTo: string | null;
}

/** A link between an org and its predecessor or successor, with the sentence an officer reads. */
export interface OrgSuccessionDto {
  kind: SuccessionKind;
  restructuringId: string;
  predecessorId: string;
  predecessorName: string;
  successorId: string;
  successorName: string;
  effectiveDate: string;
  decisionRef: string;
  /** e.g. "Chi bộ X được hợp nhất vào Chi bộ Y từ ngày 01/07/2025 (Quyết định số 12-QĐ/ĐU)". */
  text: string;
}

export interface OrgHistoryDto {
  orgId: string;
  /** Oldest first. */
  versions: OrgVersionDto[];
  /** Orgs this one succeeded (merged into it, or split into it). */
  predecessors: OrgSuccessionDto[];
  /** Orgs that succeeded this one. */
  successors: OrgSuccessionDto[];
}
