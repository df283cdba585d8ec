import type { OrgKind } from '@lienthong/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Versioned reference data: which kind of org may sit under which, and from when (see the migration). */
@Entity({ name: 'org_kind_rule' })
export class OrgKindRuleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'parent_kind', type: 'text', nullable: true })
  parentKind: OrgKind | null;

  @Column({ name: 'child_kind', type: 'text' })
  childKind: OrgKind;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'text' })
  source: string;
}
