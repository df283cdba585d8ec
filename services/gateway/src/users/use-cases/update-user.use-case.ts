import { DATA_SOURCE, DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RolesRepository } from '../../roles/roles.repository';
import type { UpdateUserDto } from '../dto/user-input.dto';
import { scopeForRoles } from '../role-assignment';
import { UsersRepository, type UserRecord } from '../users.repository';

/** `PATCH /users/:id` with `If-Match`: name, home org, member link, roles (and so the scope). */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(RolesRepository) private readonly roles: RolesRepository,
  ) {}

  async execute(id: string, expectedVersion: number, changes: UpdateUserDto, lang: Language): Promise<UserRecord> {
    const current = await this.users.get(id);
    if (!current) throw new DomainError('USERS.USER_NOT_FOUND');
    const roleCodes = changes.roles ? [...new Set(changes.roles)] : current.roles;
    const homeOrgId = changes.homeOrgId === undefined ? current.homeOrgId : changes.homeOrgId;
    const scope = await scopeForRoles(this.roles, roleCodes, homeOrgId, lang);
    await this.dataSource.transaction(async (manager) => {
      const updated = await this.users.update(id, expectedVersion, changes, manager);
      if (!updated) throw new DomainError('USERS.VERSION_MISMATCH');
      await this.roles.replaceRoles(id, roleCodes, scope, manager);
    });
    const user = await this.users.get(id);
    if (!user) throw new DomainError('USERS.USER_NOT_FOUND');
    return user;
  }
}
