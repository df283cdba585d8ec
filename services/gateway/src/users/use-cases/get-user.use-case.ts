import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { UsersRepository, type UserRecord } from '../users.repository';

/** `GET /users/:id`. */
@Injectable()
export class GetUserUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(id: string): Promise<UserRecord> {
    const user = await this.users.get(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    return user;
  }
}
