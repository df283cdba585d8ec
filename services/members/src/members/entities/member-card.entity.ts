import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A party card the member held; `replacedOn` null = in use. */
@Entity({ name: 'member_card' })
export class MemberCardEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'smallint' })
  seq: number;

  @Column({ name: 'card_number', type: 'text' })
  cardNumber: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'replaced_on', type: 'date', nullable: true })
  replacedOn: string | null;
}
