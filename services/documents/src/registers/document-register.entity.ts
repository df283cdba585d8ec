import type { DocumentRegisterDto } from '@lienthong/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RegisterDirection = DocumentRegisterDto['direction'];

/** A row of `document_register`: one sổ đăng ký văn bản đi or đến of one organisation for one year. */
@Entity({ name: 'document_register' })
export class DocumentRegisterEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'org_id' })
  orgId: string;

  @Column('text')
  direction: RegisterDirection;

  @Column('text')
  name: string;

  @Column('integer')
  year: number;

  @Column('integer', { name: 'next_number' })
  nextNumber: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
