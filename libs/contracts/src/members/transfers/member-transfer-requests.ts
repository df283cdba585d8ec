import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateIf } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { memberText } from '../members/member-requests';
import {
  MEMBER_TRANSFER_KINDS,
  MEMBER_TRANSFER_STATES,
  TEMPORARY_TRANSFER_REASONS,
  type MemberTransferKind,
  type MemberTransferState,
  type TemporaryTransferReason,
} from './member-transfer.dto';

const temporary = (o: { kind?: string }) => o.kind === 'temporary';
/** Exactly one of toOrgId / externalOrgName: the other is checked only when this one is absent. */
const noExternal = (o: { externalOrgName?: unknown }) => o.externalOrgName === undefined || o.externalOrgName === null;
const noTarget = (o: { toOrgId?: unknown }) => o.toOrgId === undefined || o.toOrgId === null;

/** The sending side issues the introduction letter (giấy giới thiệu sinh hoạt đảng). */
export class IssueMemberTransferRequest {
  @IsUUID()
  memberId: string;

  @IsIn(MEMBER_TRANSFER_KINDS)
  kind: MemberTransferKind;

  /** The receiving org in the system … */
  @ValidateIf(noExternal)
  @IsUUID()
  toOrgId?: string | null;

  /** … or the name of an organisation outside the system (the paper letter is the record). */
  @ValidateIf(noTarget)
  @Transform(memberText)
  @IsString()
  @Length(2, 300)
  externalOrgName?: string | null;

  @Transform(memberText)
  @IsString()
  @Length(1, 50)
  letterNumber: string;

  @IsPartyDate()
  letterDate: string;

  /** The committee that signed the letter (e.g. "Ban Thường vụ Đảng ủy …"). */
  @Transform(memberText)
  @IsString()
  @Length(2, 200)
  letterIssuer: string;

  /** The move, or the effective date of the decision that causes it (294-QĐ/TW 6.3.1). */
  @IsPartyDate()
  movedOn: string;

  /** Required when the letter is dated after the 60-working-day start period. */
  @IsOptional()
  @Transform(memberText)
  @IsString()
  @Length(1, 1000)
  lateExplanation?: string;

  @ValidateIf(temporary)
  @IsIn(TEMPORARY_TRANSFER_REASONS)
  temporaryReason?: TemporaryTransferReason;

  @ValidateIf(temporary)
  @IsPartyDate()
  temporaryFrom?: string;

  @ValidateIf(temporary)
  @IsPartyDate()
  temporaryUntil?: string;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

/**
 * Receiving organisations anywhere in the tree, by name (diacritics optional): the sending officer
 * addresses a letter outside its own subtree. Answers names only, never members.
 */
export class SearchTransferDestinationsRequest {
  @Transform(memberText)
  @IsString()
  @Length(1, 100)
  q: string;
}

/** The dates the issue form shows before submitting. */
export class MemberTransferDeadlinesRequest {
  @IsPartyDate()
  movedOn: string;

  @IsPartyDate()
  letterDate: string;
}

/** Outgoing (my subtree sends) or incoming (my subtree receives) transfers, newest first. */
export class ListMemberTransfersRequest extends PageRequest {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEMBER_TRANSFER_STATES.length)
  @IsIn(MEMBER_TRANSFER_STATES, { each: true })
  states?: MemberTransferState[];

  /** Only open transfers past their confirmation deadline. */
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

export class GetMemberTransferRequest {
  @IsUUID()
  id: string;
}

/**
 * A confirmed temporary transfer ends before its period does (the work assignment ended): either side
 * records the day the member came back, within the period and not after today.
 */
export class ReturnMemberTransferRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsPartyDate()
  returnedOn: string;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}

/** Confirm (receiving side), refuse (receiving side, with the reason) or cancel (sending side). */
export class DecideMemberTransferRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  /** The day of the decision; default today. */
  @IsOptional()
  @IsPartyDate()
  decidedOn?: string;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @Length(1, 1000)
  note?: string;
}
