import { MEMBER_STATUSES, MEMBER_TRANSFER_KINDS, MEMBER_TRANSFER_STATES, TEMPORARY_TRANSFER_REASONS, type MemberStatus, type MemberTransferKind, type MemberTransferState, type TemporaryTransferReason } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TransferRuleResponseDto {
  @ApiProperty({ example: 'transfer-present-deadline' })
  rule: string;
  @ApiPropertyOptional({ example: 30 })
  workingDays?: number;
  @ApiProperty({ example: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 01/7/2025)' })
  document: string;
  @ApiProperty({ type: String, nullable: true, example: 'điểm 6.3.1' })
  article: string | null;
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
  @ApiProperty({ description: 'Only from secondary material, not yet checked against the text' })
  verify: boolean;
}

export class TransferMemberResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Trần Thị Bình' })
  fullName: string;
  @ApiProperty({ format: 'date', example: '1985-03-12' })
  dateOfBirth: string;
  @ApiProperty({ type: String, nullable: true, example: '01234567' })
  cardNumber: string | null;
  @ApiProperty({ format: 'date', example: '2010-05-15' })
  firstAdmissionDecisionDate: string;
  @ApiProperty({ enum: MEMBER_STATUSES, example: 'official', description: 'The status before the transfer (restored when it is refused, cancelled or expires)' })
  statusBefore: MemberStatus;
}

export class TransferOrgResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Chi bộ Vụ Pháp chế' })
  name: string;
}

export class TransferLetterResponseDto {
  @ApiProperty({ example: '15-GGT/ĐU' })
  number: string;
  @ApiProperty({ format: 'date', example: '2026-11-20' })
  date: string;
  @ApiProperty({ example: 'Ban Thường vụ Đảng ủy Bộ Tư pháp' })
  issuer: string;
}

export class TemporaryTransferResponseDto {
  @ApiProperty({ enum: TEMPORARY_TRANSFER_REASONS })
  reason: TemporaryTransferReason;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  until: string;
}

export class MemberTransferResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: MEMBER_TRANSFER_KINDS, example: 'official' })
  kind: MemberTransferKind;
  @ApiProperty({ enum: MEMBER_TRANSFER_STATES, example: 'in-transit' })
  state: MemberTransferState;
  @ApiProperty({ type: TransferMemberResponseDto, description: 'The 10-SHĐ columns copied at issue: the receiving side never reads the record itself' })
  member: TransferMemberResponseDto;
  @ApiProperty({ type: TransferOrgResponseDto })
  fromOrg: TransferOrgResponseDto;
  @ApiProperty({ type: TransferOrgResponseDto, nullable: true, description: 'Null when the receiving organisation is outside the system' })
  toOrg: TransferOrgResponseDto | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  externalOrgName: string | null;
  @ApiProperty({ type: TransferLetterResponseDto })
  letter: TransferLetterResponseDto;
  @ApiProperty({ format: 'date', example: '2026-11-17' })
  movedOn: string;
  @ApiProperty({ format: 'date', example: '2027-02-24', description: '60 working days from movedOn (294-QĐ/TW 6.3.1)' })
  startDeadline: string;
  @ApiProperty({ description: 'The letter is dated after startDeadline' })
  startLate: boolean;
  @ApiProperty({ type: String, nullable: true })
  lateExplanation: string | null;
  @ApiProperty({ format: 'date', example: '2027-01-05', description: '30 working days from the letter (294-QĐ/TW 6.3.1)' })
  confirmDeadline: string;
  @ApiProperty({ description: 'Open and past confirmDeadline' })
  overdue: boolean;
  @ApiProperty({ type: TemporaryTransferResponseDto, nullable: true })
  temporary: TemporaryTransferResponseDto | null;
  @ApiProperty({ type: [TransferRuleResponseDto], description: 'The rules the dates come from, with their source' })
  rules: TransferRuleResponseDto[];
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  decidedOn: string | null;
  @ApiProperty({ type: String, nullable: true })
  decisionNote: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: null, description: 'Returned: the day the member came back (the period\'s last day when it ran out, earlier when it ended early)' })
  returnedOn?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'Returned early: the officer\'s note' })
  returnNote?: string | null;
  @ApiProperty({ example: 1, description: 'Also the ETag' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class MemberTransferPageResponseDto {
  @ApiProperty({ type: [MemberTransferResponseDto] })
  items: MemberTransferResponseDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class TransferDeadlinesResponseDto {
  @ApiProperty({ format: 'date', example: '2025-12-31' })
  movedOn: string;
  @ApiProperty({ format: 'date', example: '2026-02-02' })
  letterDate: string;
  @ApiProperty({ format: 'date', example: '2026-04-02' })
  startDeadline: string;
  @ApiProperty({ example: false })
  startLate: boolean;
  @ApiProperty({ format: 'date', example: '2026-03-23', description: 'Across Tết: holidays and swapped days come from the working-day calendar' })
  confirmDeadline: string;
  @ApiProperty({ type: [TransferRuleResponseDto] })
  rules: TransferRuleResponseDto[];
}

export class TransferDestinationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Chi bộ Phòng Hành chính' })
  name: string;
  @ApiProperty({ example: 'PHC' })
  shortName: string;
  @ApiProperty({ example: 'chi-bo-truc-thuoc' })
  kind: string;
  @ApiProperty({ type: String, nullable: true, example: 'Đảng bộ Báo Nhân Dân', description: 'Tells same-named organisations apart' })
  parentName: string | null;
}
