import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageRequest } from '../../common/page';
import { IsPartyDate } from '../../common/validators';
import { memberText } from '../members/member-requests';
import {
  EXEMPTION_GROUNDS,
  RECOGNITION_OUTCOMES,
  REMOVAL_GROUNDS,
  type ExemptionGround,
  type RecognitionOutcomeKind,
  type RemovalGround,
} from './lifecycle-actions';

/** The paper behind an action: number (số hiệu), date and the body that issued it. */
export class LifecycleDecisionInput {
  @Transform(memberText)
  @IsString()
  @Length(1, 50)
  number: string;

  @IsPartyDate()
  date: string;

  @Transform(memberText)
  @IsString()
  @Length(1, 200)
  issuer: string;
}

/** Every action names the record and the version it was read at (If-Match). */
export class LifecycleTargetRequest {
  @IsUUID()
  id: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

class LifecycleReasonRequest extends LifecycleTargetRequest {
  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

/** The lifecycle with one keyset page of its history: `limit` rows (default 50) older than `cursor`. */
export class GetMemberLifecycleRequest extends PageRequest {
  @IsUUID()
  id: string;
}

/** The admission decision of the current (probationary) period; the ceremony may come with it. */
export class RecordAdmissionRequest extends LifecycleReasonRequest {
  @ValidateNested()
  @Type(() => LifecycleDecisionInput)
  decision: LifecycleDecisionInput;

  /** The day the chi bộ received the decision (the ceremony deadline counts from it); default the decision date. */
  @IsOptional()
  @IsPartyDate()
  receivedOn?: string;

  @IsOptional()
  @IsPartyDate()
  ceremonyDate?: string;
}

export class RecordCeremonyRequest extends LifecycleReasonRequest {
  @IsPartyDate()
  heldOn: string;

  @IsOptional()
  @IsPartyDate()
  receivedOn?: string;
}

export class RecognitionVotesInput {
  @IsInt()
  @Min(0)
  inFavour: number;

  @IsInt()
  @Min(1)
  eligible: number;
}

/** The chi bộ's consideration of official recognition: approved, a failed vote, or not recognised. */
export class RecordRecognitionRequest extends LifecycleReasonRequest {
  @IsIn(RECOGNITION_OUTCOMES)
  outcome: RecognitionOutcomeKind;

  /** The meeting that considered it. */
  @IsPartyDate()
  consideredOn: string;

  @ValidateIf((o: RecordRecognitionRequest) => o.outcome === 'vote-failed' || o.votes !== undefined)
  @ValidateNested()
  @Type(() => RecognitionVotesInput)
  votes?: RecognitionVotesInput;

  @ValidateIf((o: RecordRecognitionRequest) => o.outcome !== 'vote-failed' || o.decision !== undefined)
  @ValidateNested()
  @Type(() => LifecycleDecisionInput)
  decision?: LifecycleDecisionInput;
}

/** Exemption, its end, removal, expulsion, leaving: a decision, the day it takes effect, a reason. */
export class DecidedLifecycleRequest extends LifecycleReasonRequest {
  @ValidateNested()
  @Type(() => LifecycleDecisionInput)
  decision: LifecycleDecisionInput;

  @IsPartyDate()
  effectiveOn: string;
}

export class ExemptMemberRequest extends DecidedLifecycleRequest {
  @IsIn(EXEMPTION_GROUNDS)
  ground: ExemptionGround;
}

export class RemoveMemberRequest extends DecidedLifecycleRequest {
  @IsIn(REMOVAL_GROUNDS)
  ground: RemovalGround;
}

/** A death: the date of death; the paper (giấy chứng tử, notice) is optional. */
export class RecordDeathRequest extends LifecycleReasonRequest {
  @IsPartyDate()
  effectiveOn: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => LifecycleDecisionInput)
  decision?: LifecycleDecisionInput;
}
