import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsPartyDate } from '../../common/validators';
import { ORG_KINDS, type OrgKind } from './org-kind';
import { SHORT_NAME_PATTERN } from './org-requests';
import type { OrgDto } from './org.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value);

/** How one org succeeded another: merged into it, split into it, or renamed into a new org (HD 06-HD/TW, 2025). */
export const SUCCESSION_KINDS = ['merge', 'split', 'rename-into'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** An org the decision changes, at the version the officer read (the gateway's If-Match, per org). */
export class OrgVersionRef {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** An org the decision founds. Its validFrom is the decision's effective date. */
export class NewOrgSpec {
  /** Absent: under the parent of the (first) source org. */
  @IsOptional()
  @IsUUID()
  parentId?: string;

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
}

/** Where the decision places one child of a merged org (default: the merge target). */
export class MergeChildPlacement {
  @IsUUID()
  childId: string;

  @IsUUID()
  newParentId: string;
}

/** Which new org takes one child of a split org (index into `parts`). */
export class SplitChildPlacement {
  @IsUUID()
  childId: string;

  @IsInt()
  @Min(0)
  @Max(49)
  partIndex: number;
}

/** Which new org takes one member of a split org (index into `parts`). */
export class SplitMemberPlacement {
  @IsUUID()
  memberId: string;

  @IsInt()
  @Min(0)
  @Max(49)
  partIndex: number;
}

class RestructuringDecision {
  /** First day the successor(s) exist; the closed orgs' last day is the day before. */
  @IsPartyDate()
  effectiveDate: string;

  /** The decision's number and symbol, e.g. "Quyết định số 125-QĐ/ĐU". */
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  decisionRef: string;
}

/** Hợp nhất: every source is closed and succeeded by the target (existing, or founded by this decision). */
export class MergeOrgsRequest extends RestructuringDecision {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique((r: OrgVersionRef) => r?.id)
  @ValidateNested({ each: true })
  @Type(() => OrgVersionRef)
  sources: OrgVersionRef[];

  /** Exactly one of `targetId` and `newTarget`. */
  @ValidateIf((o: MergeOrgsRequest) => o.newTarget === undefined || o.targetId !== undefined)
  @IsUUID()
  targetId?: string;

  @ValidateIf((o: MergeOrgsRequest) => o.targetId === undefined || o.newTarget !== undefined)
  @ValidateNested()
  @Type(() => NewOrgSpec)
  newTarget?: NewOrgSpec;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MergeChildPlacement)
  childPlacements?: MergeChildPlacement[];
}

/** Chia tách: the source is closed and succeeded by each new part; every open child is placed in one part. */
export class SplitOrgRequest extends RestructuringDecision {
  @ValidateNested()
  @Type(() => OrgVersionRef)
  source: OrgVersionRef;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NewOrgSpec)
  parts: NewOrgSpec[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SplitChildPlacement)
  childPlacements?: SplitChildPlacement[];

  /**
   * The part that takes every current member (official and temporary) of the source not named in
   * `memberPlacements`. Required when a current member is left unplaced.
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(49)
  memberPartIndex?: number;

  /** Members that go to another part than `memberPartIndex`. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => SplitMemberPlacement)
  memberPlacements?: SplitMemberPlacement[];
}

/** The outcome of a merge or split, the orgs as they now stand. */
export interface RestructuringDto {
  id: string;
  kind: 'merge' | 'split';
  effectiveDate: string;
  decisionRef: string;
  /** The closed orgs. */
  predecessors: OrgDto[];
  /** The orgs that succeed them. */
  successors: OrgDto[];
  /** Children of the closed orgs, under their new parents. */
  movedChildren: OrgDto[];
}

/**
 * Payload of `members.org.merged.v1` and `members.org.split.v1` (aggregate: the restructuring).
 * The tree changes themselves travel as the usual facts in the same transaction: `closed.v1`
 * per predecessor, `created.v1` per new org, `moved.v1` per moved child, so org replicas need
 * nothing else.
 */
export interface OrgRestructuredEventV1 {
  id: string;
  kind: 'merge' | 'split';
  effectiveDate: string;
  decisionRef: string;
  predecessorIds: string[];
  successorIds: string[];
  movedChildIds: string[];
}
