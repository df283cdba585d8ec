import { DATA_SOURCE, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, Repository } from 'typeorm';
import { GatewayUserEntity } from './gateway-user.entity';

export interface NewGatewayUser {
  username: string;
  fullName: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Usernames are compared folded: trimmed, NFC, lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

@Injectable()
export class GatewayUserRepository {
  private readonly users: Repository<GatewayUserEntity>;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.users = dataSource.getRepository(GatewayUserEntity);
  }

  findByUsername(username: string): Promise<GatewayUserEntity | null> {
    return this.users.findOneBy({ username: normalizeUsername(username) });
  }

  findById(id: string): Promise<GatewayUserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Inserts unless the username exists; false when another replica got there first. */
  async insertIfAbsent(user: NewGatewayUser): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({ id: uuidv7(), ...user, username: normalizeUsername(user.username), isActive: true })
      .orIgnore()
      .returning(['id'])
      .execute();
    // PostgreSQL's RETURNING gives no row when ON CONFLICT DO NOTHING skipped the insert.
    return Array.isArray(result.raw) && result.raw.length > 0;
  }
}
