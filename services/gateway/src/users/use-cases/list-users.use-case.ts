import { keysetPage } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { RequestValidationError } from '../../common/validation/request-validation.error';
import type { UserPageDto } from '../dto/user.dto';
import type { ListUsersQueryDto } from '../dto/user-input.dto';
import { toUserDto } from '../user.mapper';
import { UsersRepository } from '../users.repository';

const DEFAULT_LIMIT = 50;

/** `GET /users`: keyset pages by username (the cursor is the last one, base64url), only accounts homed in the actor's scope. */
@Injectable()
export class ListUsersUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(query: ListUsersQueryDto, actor: Principal): Promise<UserPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const rows = await this.users.list(query.q, after, limit + 1, actor.scopeOrgId);
    return keysetPage(rows, limit, toUserDto, (user) => [user.username], ([username]) => Buffer.from(username, 'utf8').toString('base64url'));
  }
}

function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded || decoded.length > 100) throw RequestValidationError.field('cursor', 'isCursor', cursor);
  return decoded;
}
