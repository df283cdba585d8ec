import type { DuesBase } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `dues_rule`: one version of one party-dues rule, with the regulation it comes from. */
@Entity({ name: 'dues_rule' })
export class DuesRuleEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  description: string;

  @Column('text')
  base: DuesBase;

  @Column('integer', { name: 'rate_basis_points', nullable: true })
  rateBasisPoints: number | null;

  @Column('integer', { name: 'fixed_amount_vnd', nullable: true })
  fixedAmountVnd: number | null;

  @Column('integer', { name: 'fixed_amount_max_vnd', nullable: true })
  fixedAmountMaxVnd: number | null;

  /** `YYYY-MM-DD`: TypeORM hydrates `date` columns as strings. */
  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  /** Last day in force, inclusive; null while in force. */
  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo: string | null;

  @Column('text')
  source: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
