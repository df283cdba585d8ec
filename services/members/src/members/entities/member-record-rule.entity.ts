import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MemberRecordRuleKind = 'card-number' | 'history-number' | 'probation-months' | 'min-admission-age';

/** A versioned rule of the record (format or limit) with the period it applies to and its source. */
@Entity({ name: 'member_record_rule' })
export class MemberRecordRuleEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'text' })
  rule: MemberRecordRuleKind;

  @Column({ type: 'text' })
  value: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'text' })
  source: string;
}
