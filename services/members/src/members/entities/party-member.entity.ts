import type { MemberStatus, PoliticalTheoryLevel, Sex } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A party member: the person (lý lịch items 01–12), the record numbers, the status and the org
 * holding the record. Sensitive fields live in `member_sensitive`; why `org_path` is copied here
 * is in the migration 1796300000000.
 */
@Entity({ name: 'party_member' })
export class PartyMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'full_name_folded', type: 'text' })
  fullNameFolded: string;

  @Column({ name: 'birth_name', type: 'text', nullable: true })
  birthName: string | null;

  @Column({ type: 'text', array: true })
  aliases: string[];

  @Column({ type: 'text' })
  sex: Sex;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ name: 'place_of_birth', type: 'text', nullable: true })
  placeOfBirth: string | null;

  @Column({ name: 'home_town', type: 'text', nullable: true })
  homeTown: string | null;

  @Column({ name: 'permanent_residence', type: 'text', nullable: true })
  permanentResidence: string | null;

  @Column({ name: 'temporary_residence', type: 'text', nullable: true })
  temporaryResidence: string | null;

  @Column({ name: 'citizen_id', type: 'text', nullable: true })
  citizenId: string | null;

  @Column({ type: 'text', nullable: true })
  occupation: string | null;

  @Column({ type: 'text', nullable: true })
  education: string | null;

  @Column({ type: 'text', nullable: true })
  qualifications: string | null;

  @Column({ name: 'political_theory', type: 'text', nullable: true })
  politicalTheory: PoliticalTheoryLevel | null;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'history_number', type: 'text', nullable: true })
  historyNumber: string | null;

  @Column({ type: 'text' })
  status: MemberStatus;

  @Column({ name: 'status_since', type: 'date' })
  statusSince: string;

  @Column({ name: 'first_admission_date', type: 'date' })
  firstAdmissionDate: string;

  @Column({ name: 'party_age_since', type: 'date' })
  partyAgeSince: string;

  /** The card in use, copied from `member_card` for list rows. */
  @Column({ name: 'card_number', type: 'text', nullable: true })
  cardNumber: string | null;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'org_path', type: 'text' })
  orgPath: string;

  /** Optimistic concurrency: every change bumps it (the gateway's ETag). */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
