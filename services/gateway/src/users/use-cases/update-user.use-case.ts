import { DATA_SOURCE, DomainError, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal';
import { RolesRepository } from '../../roles/roles.repository';
import type { UpdateUserDto } from '../dto/user-input.dto';
import { scopeForRoles } from '../role-assignment';
import { UserAdminScope } from '../user-admin-scope';
import { UsersRepository, type UserRecord } from '../users.repository';

/**
 * `PATCH /users/:id` with `If-Match`: name, home org, member link, roles (and so the scope).
 * Only for an account in the actor's scope (else 404), to a home org in it; a role change needs
 * the actor to hold every permission of the old roles and of the new ones (else 403).
 */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(RolesRepository) private readonly roles: RolesRepository,
    @Inject(UserAdminScope) private readonly adminScope: UserAdminScope,
  ) {}

  async execute(id: string, expectedVersion: number, changes: UpdateUserDto, actor: Principal, lang: Language): Promise<UserRecord> {
    const current = await this.adminScope.visible(actor, await this.users.get(id));
    const roleCodes = changes.roles ? [...new Set(changes.roles)] : current.roles;
    const homeOrgId = changes.homeOrgId === undefined ? current.homeOrgId : changes.homeOrgId;
    const scope = await scopeForRoles(this.roles, roleCodes, homeOrgId, lang);
    if (changes.homeOrgId !== undefined) await this.adminScope.assertHomeOrgAllowed(actor, homeOrgId, lang);
    if (changes.roles) {
      await this.adminScope.assertMayManage(actor, current, lang);
      await this.adminScope.assertMayGrant(actor, roleCodes, lang);
    }
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
