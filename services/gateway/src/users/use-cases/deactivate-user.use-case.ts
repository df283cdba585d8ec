import { DATA_SOURCE, DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RefreshTokensRepository } from '../../auth/refresh-tokens.repository';
import { UsersRepository, type UserRecord } from '../users.repository';

/**
 * `POST /users/:id/deactivate`: the account can no longer sign in, its refresh-token
 * families are revoked, and its access tokens stop working at once (the guard reads the flag).
 */
@Injectable()
export class DeactivateUserUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  async execute(id: string, actorId: string): Promise<UserRecord> {
    if (id === actorId) throw new DomainError('COMMON.RULE_VIOLATION');
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.get(id, manager);
      if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
      await this.users.deactivate(id, manager);
      await this.refreshTokens.revokeAllOf(id, manager);
    });
    const user = await this.users.get(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    return user;
  }
}
