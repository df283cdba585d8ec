import type { ErrorDetail } from '@lienthong/contracts';
import { DATA_SOURCE, DomainError, OrgReplicaQueries, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { RolesRepository } from '../roles/roles.repository';
import type { UserRecord } from './users.repository';

/**
 * What an administrator of a subtree may do with accounts (DESIGN.md, "Access model"):
 * see and change only accounts whose home org lies in their scope (others answer 404, as if
 * absent); give a home org only inside it; grant only roles whose every permission they hold
 * themselves, and touch (roles, reset, deactivate) only accounts no more powerful than they are
 * (else 403 with the field named). The system administrator (scope null) passes every check
 * but the last two, which it passes by holding every permission.
 */
@Injectable()
export class UserAdminScope {
  private readonly orgs: OrgReplicaQueries;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(RolesRepository) private readonly roles: RolesRepository,
  ) {
    this.orgs = new OrgReplicaQueries(dataSource);
  }

  /** The account as `actor` may see it; USERS.USER_NOT_FOUND when outside its scope. */
  async visible(actor: Principal, user: UserRecord | undefined): Promise<UserRecord> {
    if (!user || !(await this.homeInScope(actor, user.homeOrgId))) throw new DomainError('USERS.USER_NOT_FOUND');
    return user;
  }

  async assertHomeOrgAllowed(actor: Principal, homeOrgId: string | null, lang: Language): Promise<void> {
    if (await this.homeInScope(actor, homeOrgId)) return;
    throw forbidden(lang, {
      field: 'homeOrgId',
      code: 'outsideScope',
      message: lang === 'vi' ? 'homeOrgId: tổ chức nằm ngoài phạm vi quản trị của bạn' : 'homeOrgId: this organisation is outside your scope',
    });
  }

  /** Every permission of every role in `codes` is held by `actor`. */
  async assertMayGrant(actor: Principal, codes: string[], lang: Language): Promise<void> {
    const missing = await this.permissionsNotHeld(actor, codes);
    if (missing.length === 0) return;
    throw forbidden(lang, {
      field: 'roles',
      code: 'permissionNotHeld',
      message: lang === 'vi' ? `roles: bạn không có quyền ${missing.join(', ')} để cấp` : `roles: you do not hold ${missing.join(', ')} yourself`,
    });
  }

  /** The target is no more powerful than `actor` (before a role change, a reset or a deactivation). */
  async assertMayManage(actor: Principal, target: UserRecord, lang: Language): Promise<void> {
    if ((await this.permissionsNotHeld(actor, target.roles)).length === 0) return;
    throw forbidden(lang, {
      field: 'id',
      code: 'morePowerfulAccount',
      message: lang === 'vi' ? 'id: tài khoản này có quyền mà bạn không có' : 'id: this account holds permissions you do not',
    });
  }

  private async permissionsNotHeld(actor: Principal, codes: string[]): Promise<string[]> {
    const held = new Set(actor.permissions);
    const needed = await this.roles.permissionsOf(codes);
    return needed.filter((p) => !held.has(p));
  }

  private async homeInScope(actor: Principal, homeOrgId: string | null): Promise<boolean> {
    if (actor.scopeOrgId === null) return true;
    if (homeOrgId === null) return false;
    return this.orgs.isWithinScope(homeOrgId, actor.scopeOrgId);
  }
}

function forbidden(lang: Language, detail: ErrorDetail): DomainError {
  return DomainError.localized('COMMON.FORBIDDEN', lang, [detail]);
}
