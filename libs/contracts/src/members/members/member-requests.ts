import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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

/** Trims, collapses inner spaces and NFC-normalises a string field (the other request files use it too). */
export const memberText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').normalize('NFC') : value);
const texts = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => memberText({ value: v })) : value);
/** `null` clears a field on update; `undefined` leaves it alone. */
const present = (_o: object, v: unknown) => v !== undefined;
/** Nullable fields: `null` clears, `undefined` leaves alone. */
const nullable = (_o: object, v: unknown) => v !== null && v !== undefined;

export class MembershipPeriodInput {
  @IsPartyDate()
  admissionDecisionDate: string;

  @IsOptional()
  @Transform(memberText)
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
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  endReason?: string | null;
}

export class MemberCardInput {
  @Transform(memberText)
  @IsString()
  @MaxLength(20)
  cardNumber: string;

  @IsPartyDate()
  issuedOn: string;
}

export class FamilyRelativeInput {
  @Transform(memberText)
  @IsString()
  @Length(1, 50)
  relation: string;

  @Transform(memberText)
  @IsString()
  @Length(1, 255)
  fullName: string;

  @ValidateIf(nullable)
  @IsInt()
  @Min(1850)
  @Max(2100)
  birthYear?: number | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Ethnicity, religion, family, health: written only by a caller who may read them. */
export class MemberSensitiveInput {
  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(100)
  ethnicity?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
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
  @Transform(memberText)
  @IsString()
  @MaxLength(2000)
  health?: string | null;
}

/** The person (lý lịch items 01–12) and the record numbers. Every field optional: an update sends what changes. */
export class MemberFieldsInput {
  @ValidateIf(present)
  @Transform(memberText)
  @IsString()
  @Length(2, 255)
  fullName?: string;

  @ValidateIf(nullable)
  @Transform(memberText)
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
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  placeOfBirth?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  homeTown?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  permanentResidence?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  temporaryResidence?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @Matches(CITIZEN_ID_PATTERN)
  citizenId?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(255)
  occupation?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
  @IsString()
  @MaxLength(50)
  education?: string | null;

  @ValidateIf(nullable)
  @Transform(memberText)
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
  @Transform(memberText)
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
