import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { UserAdminScope } from '../user-admin-scope';
import { UsersRepository, type UserRecord } from '../users.repository';

/** `GET /users/:id`: 404 for an account homed outside the actor's scope. */
@Injectable()
export class GetUserUseCase {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(UserAdminScope) private readonly scope: UserAdminScope,
  ) {}

  async execute(id: string, actor: Principal): Promise<UserRecord> {
    return this.scope.visible(actor, await this.users.get(id));
  }
}
