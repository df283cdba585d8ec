import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `resolution`: a nghị quyết an organisation tracks. */
@Entity({ name: 'resolution' })
export class ResolutionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'org_id' })
  orgId: string;

  /** Số và ký hiệu without "Số", e.g. `03-NQ/ĐU` (HD 36-HD/VPTW point 1.3). */
  @Column('text')
  symbol: string;

  @Column('text')
  title: string;

  /** `YYYY-MM-DD`: TypeORM hydrates `date` columns as strings. */
  @Column('date', { name: 'issued_on' })
  issuedOn: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
