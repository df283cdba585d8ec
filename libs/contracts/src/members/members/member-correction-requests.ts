import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageRequest } from '../../common/page';
import { CORRECTION_STATUSES, type CorrectionStatus } from './member.dto';
import { memberText } from './member-requests';

/** The outcomes an officer may give an open request. */
export const CORRECTION_OUTCOMES = ['resolved', 'rejected'] as const;
export type CorrectionOutcome = (typeof CORRECTION_OUTCOMES)[number];

/** Correction requests of the members held in an org's subtree; `status` narrows them (open ones first in the officers' inbox). */
export class ListCorrectionsRequest extends PageRequest {
  @IsUUID()
  orgId: string;

  @IsOptional()
  @IsIn(CORRECTION_STATUSES)
  status?: CorrectionStatus;
}

/** An officer closes an open request: `resolved` (the record was corrected) or `rejected` (a note saying why is required). */
export class ResolveCorrectionRequest {
  @IsUUID()
  id: string;

  @IsIn(CORRECTION_OUTCOMES)
  outcome: CorrectionOutcome;

  /** Required when rejected (the use case says so on the field, in the caller's language). */
  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** The signed-in member's own requests, newest first; the gateway resolves `memberId` from the account's link. */
export class ListOwnCorrectionsRequest extends PageRequest {
  @IsUUID()
  memberId: string;
}
