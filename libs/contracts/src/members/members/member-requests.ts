import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import {
  CITIZEN_ID_PATTERN,
  MEMBER_STATUSES,
  ORG_MEMBERSHIP_KINDS,
  POLITICAL_THEORY_LEVELS,
  SEXES,
  type MemberStatus,
  type OrgMembershipKind,
  type PoliticalTheoryLevel,
  type Sex,
} from './member-status';

const text = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').normalize('NFC') : value);
const texts = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => text({ value: v })) : value);
/** `null` clears a field on update; `undefined` leaves it alone. */
const present = (_o: object, v: unknown) => v !== undefined;
/** Nullable fields: `null` clears, `undefined` leaves alone. */
const nullable = (_o: object, v: unknown) => v !== null && v !== undefined;

export class MembershipPeriodInput {
  @IsPartyDate()
  admissionDecisionDate: string;

  @IsOptional()
  @Transform(text)
  @IsString()
  @MaxLength(50)
  admissionDecisionNumber?: string | null;

  @ValidateIf(nullable)
  @IsPartyDate()
  ceremonyDate?: string | null;

  @ValidateIf(nullable)
  @IsPartyDate()
  recognitionDate?: string | null;

  @ValidateIf(nullable)
  @IsPartyDate()
  endedOn?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  endReason?: string | null;
}

export class MemberCardInput {
  @Transform(text)
  @IsString()
  @MaxLength(20)
  cardNumber: string;

  @IsPartyDate()
  issuedOn: string;
}

export class FamilyRelativeInput {
  @Transform(text)
  @IsString()
  @Length(1, 50)
  relation: string;

  @Transform(text)
  @IsString()
  @Length(1, 255)
  fullName: string;

  @ValidateIf(nullable)
  @IsInt()
  @Min(1850)
  @Max(2100)
  birthYear?: number | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Ethnicity, religion, family, health: written only by a caller who may read them. */
export class MemberSensitiveInput {
  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(100)
  ethnicity?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(100)
  religion?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FamilyRelativeInput)
  family?: FamilyRelativeInput[];

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(2000)
  health?: string | null;
}

/** The person (lý lịch items 01–12) and the record numbers. Every field optional: an update sends what changes. */
export class MemberFieldsInput {
  @ValidateIf(present)
  @Transform(text)
  @IsString()
  @Length(2, 255)
  fullName?: string;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @Length(2, 255)
  birthName?: string | null;

  @ValidateIf(present)
  @Transform(texts)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 255, { each: true })
  aliases?: string[];

  @ValidateIf(present)
  @IsIn(SEXES)
  sex?: Sex;

  @ValidateIf(present)
  @IsPartyDate()
  dateOfBirth?: string;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  placeOfBirth?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  homeTown?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  permanentResidence?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(500)
  temporaryResidence?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(255)
  occupation?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(50)
  education?: string | null;

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(1000)
  qualifications?: string | null;

  @ValidateIf(nullable)
  @IsIn(POLITICAL_THEORY_LEVELS)
  politicalTheory?: PoliticalTheoryLevel | null;

  @ValidateIf(present)
  @Transform(texts)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  languages?: string[];

  @ValidateIf(nullable)
  @Transform(text)
  @IsString()
  @MaxLength(20)
  historyNumber?: string | null;

  @ValidateIf(present)
  @ValidateNested()
  @Type(() => MemberSensitiveInput)
  sensitive?: MemberSensitiveInput;

  @ValidateIf(present)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MembershipPeriodInput)
  periods?: MembershipPeriodInput[];

  /** The whole card history, oldest first; the last card without `replacedOn` is in use. */
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MemberCardInput)
  cards?: MemberCardInput[];

  @ValidateIf(present)
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @ValidateIf(present)
  @IsPartyDate()
  statusSince?: string;
}

/** `fullName`, `sex`, `dateOfBirth`, `periods` and `status` are required here (the service answers `isDefined` details). */
export class CreateMemberRequest extends MemberFieldsInput {
  /** The org whose official roll the member joins (a chi bộ, usually). */
  @IsUUID()
  orgId: string;
}

/** Fields a create must carry. */
export const MEMBER_REQUIRED_ON_CREATE = ['fullName', 'sex', 'dateOfBirth', 'periods', 'status'] as const;

export class GetMemberRequest {
  @IsUUID()
  id: string;
}

export class UpdateMemberRequest extends MemberFieldsInput {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** Moves the member's official roll to another org, or opens/closes a temporary attachment. */
export class TransferMemberRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsUUID()
  toOrgId: string;

  @IsIn(ORG_MEMBERSHIP_KINDS)
  kind: OrgMembershipKind;

  @IsPartyDate()
  effectiveOn: string;
}

export const MEMBER_ATTACHMENTS = ['official', 'temporary'] as const;
export type MemberAttachment = (typeof MEMBER_ATTACHMENTS)[number];

export class ListMembersRequest extends PageRequest {
  /** Root of the subtree to list; absent → the caller's whole scope. */
  @IsOptional()
  @IsUUID()
  orgId?: string;

  /** false: only the org itself, not its subtree. */
  @IsOptional()
  @IsBoolean()
  includeSubtree?: boolean;

  /** `official`: records held by the orgs (đảng số); `temporary`: members attached here on a temporary transfer. */
  @IsOptional()
  @IsIn(MEMBER_ATTACHMENTS)
  attachment?: MemberAttachment;

  /** Words of the name, with or without diacritics. */
  @IsOptional()
  @Transform(text)
  @IsString()
  @Length(1, 100)
  q?: string;

  @IsOptional()
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 20)
  cardNumber?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEMBER_STATUSES.length)
  @IsIn(MEMBER_STATUSES, { each: true })
  statuses?: MemberStatus[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMin?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMax?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMin?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  partyAgeMax?: number;
}

export class MemberCountsRequest {
  @IsUUID()
  orgId: string;

  @IsOptional()
  @IsBoolean()
  includeSubtree?: boolean;
}

/** The signed-in member's own record; the gateway resolves `memberId` from the account's link. */
export class GetOwnMemberRequest {
  @IsUUID()
  memberId: string;
}

export class CorrectionItemInput {
  @IsString()
  @Length(1, 50)
  field: string;

  @Transform(text)
  @IsString()
  @Length(1, 2000)
  proposedValue: string;
}

export class CreateCorrectionRequest {
  @IsUUID()
  memberId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CorrectionItemInput)
  items: CorrectionItemInput[];

  @IsOptional()
  @Transform(text)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ListCorrectionsRequest extends PageRequest {
  @IsUUID()
  orgId: string;
}
