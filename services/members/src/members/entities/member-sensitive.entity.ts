import type { FamilyRelativeDto } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Ethnicity, religion, family, health: read only for callers with `members:read-sensitive`. */
@Entity({ name: 'member_sensitive' })
export class MemberSensitiveEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text', nullable: true })
  ethnicity: string | null;

  @Column({ type: 'text', nullable: true })
  religion: string | null;

  @Column({ type: 'jsonb' })
  family: FamilyRelativeDto[];

  @Column({ type: 'text', nullable: true })
  health: string | null;
}
