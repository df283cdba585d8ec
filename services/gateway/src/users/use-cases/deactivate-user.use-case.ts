import { DATA_SOURCE, DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal';
import { RefreshTokensRepository } from '../../auth/refresh-tokens.repository';
import { UserAdminScope } from '../user-admin-scope';
import { UsersRepository, type UserRecord } from '../users.repository';

/**
 * `POST /users/:id/deactivate`: the account can no longer sign in, its refresh-token
 * families are revoked, and its access tokens stop working at once (the guard reads the flag).
 * Only for an account in the actor's scope (else 404) and no more powerful than the actor (else 403).
 */
@Injectable()
export class DeactivateUserUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
    @Inject(UserAdminScope) private readonly adminScope: UserAdminScope,
  ) {}

  async execute(id: string, actor: Principal, lang: Language): Promise<UserRecord> {
    await this.adminScope.assertMayManage(actor, await this.adminScope.visible(actor, await this.users.get(id)), lang);
    if (id === actor.userId) throw new DomainError('COMMON.RULE_VIOLATION');
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
