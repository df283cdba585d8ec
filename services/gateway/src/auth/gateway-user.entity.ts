import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'gateway_user' })
export class GatewayUserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  username: string;

  @Column({ name: 'full_name', type: 'varchar', length: 255 })
  fullName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'is_active', type: 'boolean' })
  isActive: boolean;

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
