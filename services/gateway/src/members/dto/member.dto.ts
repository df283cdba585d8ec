import { MEMBER_STATUSES, POLITICAL_THEORY_LEVELS, SEXES, type MemberStatus, type PoliticalTheoryLevel, type Sex } from '@lienthong/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class MembershipPeriodResponseDto {
  @ApiProperty({ format: 'date', example: '2010-05-15' })
  admissionDecisionDate: string;
  @ApiProperty({ type: String, nullable: true, example: '125-QĐ/ĐU' })
  admissionDecisionNumber: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2010-06-01' })
  ceremonyDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2011-06-01' })
  recognitionDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  endedOn: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  endReason: string | null;
}

export class MemberCardResponseDto {
  @ApiProperty({ example: '01234567' })
  cardNumber: string;
  @ApiProperty({ format: 'date', example: '2012-03-03' })
  issuedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null, description: 'null: the card in use' })
  replacedOn: string | null;
}

export class OrgMembershipResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70' })
  orgId: string;
  @ApiProperty({ enum: ['official', 'temporary'], example: 'official' })
  kind: 'official' | 'temporary';
  @ApiProperty({ format: 'date', example: '2010-05-15' })
  startedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  endedOn: string | null;
}

export class FamilyRelativeResponseDto {
  @ApiProperty({ example: 'Cha' })
  relation: string;
  @ApiProperty({ example: 'Nguyễn Văn Bảo' })
  fullName: string;
  @ApiProperty({ type: Number, nullable: true, example: 1955 })
  birthYear: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Hưu trí' })
  note: string | null;
}

export class MemberSensitiveResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'Kinh' })
  ethnicity: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Không' })
  religion: string | null;
  @ApiProperty({ type: [FamilyRelativeResponseDto] })
  family: FamilyRelativeResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: 'Tốt' })
  health: string | null;
}

/** A row of the member list (sổ danh sách): never sensitive data. */
export class MemberSummaryResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e71' })
  id: string;
  @ApiProperty({ example: 'Nguyễn Văn An' })
  fullName: string;
  @ApiProperty({ enum: SEXES, example: 'male' })
  sex: Sex;
  @ApiProperty({ format: 'date', example: '1985-03-12' })
  dateOfBirth: string;
  @ApiProperty({ enum: MEMBER_STATUSES, example: 'official' })
  status: MemberStatus;
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70', description: 'The org holding the record (open official membership)' })
  orgId: string;
  @ApiProperty({ type: String, nullable: true, example: '001085012345' })
  citizenId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '01234567' })
  cardNumber: string | null;
  @ApiProperty({ format: 'date', example: '2010-05-15' })
  firstAdmissionDecisionDate: string;
  @ApiProperty({ format: 'date', example: '2010-05-15', description: 'Party age counts from this date (first decision + time outside the Party)' })
  partyAgeSince: string;
  @ApiProperty({ minimum: 1, example: 1, description: 'Also the ETag of the record' })
  version: number;
}

/** The whole record. `sensitive` is null (and `sensitiveWithheld` true) without `members:read-sensitive`. */
export class MemberResponseDto extends MemberSummaryResponseDto {
  @ApiProperty({ type: String, nullable: true, example: null })
  birthName: string | null;
  @ApiProperty({ type: [String], example: [] })
  aliases: string[];
  @ApiProperty({ type: String, nullable: true, example: 'Xã Hải Châu, tỉnh Thanh Hóa' })
  placeOfBirth: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Thanh Hóa' })
  homeTown: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Số 1 Hùng Vương, phường Ba Đình, Hà Nội' })
  permanentResidence: string | null;
  @ApiProperty({ type: String, nullable: true, example: null })
  temporaryResidence: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Chuyên viên' })
  occupation: string | null;
  @ApiProperty({ type: String, nullable: true, example: '12/12' })
  education: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Cử nhân Luật' })
  qualifications: string | null;
  @ApiProperty({ enum: POLITICAL_THEORY_LEVELS, nullable: true, example: 'trung-cap' })
  politicalTheory: PoliticalTheoryLevel | null;
  @ApiProperty({ type: [String], example: ['Tiếng Anh B2'] })
  languages: string[];
  @ApiProperty({ type: String, nullable: true, example: '012345HN' })
  historyNumber: string | null;
  @ApiProperty({ format: 'date', example: '2011-06-01' })
  statusSince: string;
  @ApiProperty({ type: [MembershipPeriodResponseDto] })
  periods: MembershipPeriodResponseDto[];
  @ApiProperty({ type: [MemberCardResponseDto] })
  cards: MemberCardResponseDto[];
  @ApiProperty({ type: [OrgMembershipResponseDto] })
  orgMemberships: OrgMembershipResponseDto[];
  @ApiProperty({ type: MemberSensitiveResponseDto, nullable: true })
  sensitive: MemberSensitiveResponseDto | null;
  @ApiProperty({ example: false })
  sensitiveWithheld: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-01-15T02:30:00.000Z' })
  createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-01-15T02:30:00.000Z' })
  updatedAt: string;
}

/** One's own record: with the name of the org holding it (a member may not read orgs). */
export class MyMemberRecordResponseDto extends MemberResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'Chi bộ Phòng Kế toán', description: 'null only while the org has not reached the gateway yet' })
  orgName: string | null;
}

/** A list row: the summary and the name of the org that holds the record. */
export class MemberRowResponseDto extends MemberSummaryResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'Chi bộ Phòng Kế toán', description: 'null only while the org has not reached the gateway yet' })
  orgName: string | null;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberRowResponseDto] })
  items: MemberRowResponseDto[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

const STATUS_COUNTS_EXAMPLE = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, s === 'official' ? 42 : s === 'probationary' ? 3 : 0]));

export class MemberCountsResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70' })
  orgId: string;
  @ApiProperty({ example: true })
  includeSubtree: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: STATUS_COUNTS_EXAMPLE, description: 'Members per status' })
  byStatus: Record<MemberStatus, number>;
  @ApiProperty({ example: 45, description: 'Đảng số: probationary + official + exempt + temporarily transferred out' })
  onRoll: number;
  @ApiProperty({ example: 42 })
  official: number;
  @ApiProperty({ example: 3 })
  probationary: number;
  @ApiProperty({ example: 1, description: 'Hosted here on a temporary transfer; not in onRoll' })
  temporaryIn: number;
}
