import {
  LIFECYCLE_BASIS_KINDS,
  LIFECYCLE_DATE_KEYS,
  LIFECYCLE_DATE_STATES,
  LIFECYCLE_EVENT_KINDS,
  MEMBER_STATUSES,
  type LifecycleBasisKind,
  type LifecycleDateKey,
  type LifecycleDateState,
  type LifecycleEventKind,
  type MemberStatus,
} from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MemberResponseDto } from '../../members/dto/member.dto';
import { LifecycleDecisionBodyDto } from './lifecycle-input.dto';

const RULE_EXAMPLE = { table: 'probation-length', document: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 19/01/2011)', article: 'Điều 5', note: null, verify: false };

export class LifecycleRuleResponseDto {
  @ApiProperty({ example: 'recognition-consideration-deadline' })
  table: string;
  @ApiProperty({ example: 'Quy định 294-QĐ/TW ngày 26/5/2025' })
  document: string;
  @ApiProperty({ type: String, nullable: true, example: 'điểm 4.2' })
  article: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  note: string | null;
  @ApiProperty({ example: false, description: 'Read from secondary material only ([VERIFY])' })
  verify: boolean;
}

export class LifecycleBasisResponseDto {
  @ApiProperty({ enum: LIFECYCLE_BASIS_KINDS, example: 'ceremony', description: 'decision: the admission decision, an estimate while no ceremony is recorded' })
  kind: LifecycleBasisKind;
  @ApiProperty({ format: 'date', example: '2025-09-15' })
  date: string;
}

export class LifecycleDateResponseDto {
  @ApiProperty({ enum: LIFECYCLE_DATE_KEYS, example: 'recognition-due' })
  key: LifecycleDateKey;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-09-15', description: 'null when the working-day calendar does not cover it (see note)' })
  date: string | null;
  @ApiProperty({ enum: LIFECYCLE_DATE_STATES, example: 'pending', description: 'due: reached, the next step has its own deadline; overdue: not done and past it' })
  state: LifecycleDateState;
  @ApiProperty({ type: LifecycleBasisResponseDto, example: { kind: 'ceremony', date: '2025-09-15' } })
  basis: LifecycleBasisResponseDto;
  @ApiProperty({ type: LifecycleRuleResponseDto, example: RULE_EXAMPLE })
  rule: LifecycleRuleResponseDto;
  @ApiProperty({ type: String, nullable: true, example: null })
  note: string | null;
}

export class PartyAgeResponseDto {
  @ApiProperty({ example: 16 })
  years: number;
  @ApiProperty({ example: 5 })
  months: number;
  @ApiProperty({ format: 'date', example: '2026-11-26' })
  asOf: string;
  @ApiProperty({ format: 'date', example: '2010-05-15' })
  since: string;
  @ApiProperty({ example: 0 })
  deductedDays: number;
  @ApiProperty({ type: LifecycleRuleResponseDto, example: RULE_EXAMPLE })
  rule: LifecycleRuleResponseDto;
}

export class LifecycleEventResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: LIFECYCLE_EVENT_KINDS, example: 'recognised' })
  kind: LifecycleEventKind;
  @ApiProperty({ example: 1 })
  periodSeq: number;
  @ApiProperty({ format: 'date', example: '2026-09-15' })
  effectiveOn: string;
  @ApiProperty({ type: LifecycleDecisionBodyDto, nullable: true, example: { number: '125-QĐ/ĐU', date: '2026-09-20', issuer: 'Đảng ủy Bộ Tư pháp' } })
  decision: LifecycleDecisionBodyDto | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  reason: string | null;
  @ApiProperty({ enum: MEMBER_STATUSES, example: 'probationary' })
  previousStatus: MemberStatus;
  @ApiProperty({ enum: MEMBER_STATUSES, example: 'official' })
  status: MemberStatus;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { dueDate: '2026-09-15', considerBy: '2026-10-27', consideredLate: true } })
  details: Record<string, unknown>;
  @ApiProperty({ example: 2 })
  memberVersion: number;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ example: 'Nguyễn Văn Cán Bộ' })
  recordedBy: string;
}

export class RecognitionStandingResponseDto {
  @ApiProperty({ example: 0 })
  failedVotes: number;
  @ApiProperty({ example: 3 })
  maxVotes: number;
  @ApiProperty({ example: false })
  escalated: boolean;
  @ApiProperty({ example: false })
  removalProposed: boolean;
}

export class MemberLifecycleResponseDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  @ApiProperty({ example: 1 })
  version: number;
  @ApiProperty({ enum: MEMBER_STATUSES, example: 'probationary' })
  status: MemberStatus;
  @ApiProperty({ format: 'date', example: '2025-09-15' })
  statusSince: string;
  @ApiProperty({ example: 1 })
  periodSeq: number;
  @ApiProperty({ format: 'date', example: '2025-09-01' })
  admissionDecisionDate: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-09-15' })
  ceremonyDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  recognitionDate: string | null;
  @ApiProperty({ type: [LifecycleDateResponseDto] })
  dates: LifecycleDateResponseDto[];
  @ApiProperty({ type: PartyAgeResponseDto, nullable: true })
  partyAge: PartyAgeResponseDto | null;
  @ApiProperty({ type: RecognitionStandingResponseDto })
  recognition: RecognitionStandingResponseDto;
  @ApiProperty({ type: [LifecycleEventResponseDto], description: 'Newest first: one keyset page (50 rows unless `limit` says otherwise)' })
  history: LifecycleEventResponseDto[];
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'Pass as `cursor` for the next (older) page of the history; null on its last page' })
  historyNextCursor?: string | null;
}

export class LifecycleActionResponseDto {
  @ApiProperty({ type: MemberResponseDto, description: 'The record as it now stands; its version is the new ETag' })
  member: MemberResponseDto;
  @ApiProperty({ type: LifecycleEventResponseDto })
  event: LifecycleEventResponseDto;
  @ApiProperty({ type: MemberLifecycleResponseDto })
  lifecycle: MemberLifecycleResponseDto;
}
