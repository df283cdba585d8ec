import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One admission (seq 1 = the first, which party age counts from) and how it ended. */
@Entity({ name: 'member_period' })
export class MemberPeriodEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'smallint' })
  seq: number;

  @Column({ name: 'admission_decision_date', type: 'date' })
  admissionDecisionDate: string;

  @Column({ name: 'admission_decision_number', type: 'text', nullable: true })
  admissionDecisionNumber: string | null;

  @Column({ name: 'ceremony_date', type: 'date', nullable: true })
  ceremonyDate: string | null;

  @Column({ name: 'recognition_date', type: 'date', nullable: true })
  recognitionDate: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;
}
