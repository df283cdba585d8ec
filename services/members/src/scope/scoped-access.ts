import type { ErrorCode } from '@lienthong/contracts';
import { DATA_SOURCE, DomainError, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrgEntity } from '../orgs/org.entity';
import { isInScope, resolveActorScope, restrictToScope, type ActorScope } from './actor-scope';

export type OrgRowLock = 'update' | 'share';

export interface WriteRule {
  /** The permission the write needs (the RPC server checked it already; checked again here for defence in depth). */
  permission?: string;
  /**
   * Restructuring the org that defines the caller's own scope (closing, moving, merging or
   * splitting it) is its superior's decision: refused with 403 even though the org is visible.
   */
  notOnOwnScopeRoot?: boolean;
}

/**
 * The scoped-query helper of the members service (issue 4 §3: scope is checked again in each
 * service). Every read and write use case goes through it:
 * - `scopeOf(auth)` once per request, then `restrict(qb, scope, 'x.path')` on list queries;
 * - `requireVisibleOrg(m, id, scope)` for a target: outside the scope (or absent) → 404
 *   with the caller's not-found code, so that existence never leaks;
 * - `assertMayWrite(context, scope, org, rule)` for a write to a visible target that the caller
 *   may not make → 403 `COMMON.FORBIDDEN`.
 * Member use cases restrict on the member's org path column the same way.
 */
@Injectable()
export class ScopedAccess {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The manager for reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  scopeOf(context: Pick<HandlerContext, 'auth'>, m: EntityManager = this.dataSource.manager): Promise<ActorScope> {
    return resolveActorScope(m, context.auth);
  }

  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: ActorScope, pathColumn: string, name?: string): SelectQueryBuilder<T> {
    return restrictToScope(qb, scope, pathColumn, name);
  }

  contains(scope: ActorScope, path: string): boolean {
    return isInScope(scope, path);
  }

  /** The org if it exists and lies in the scope (optionally row-locked), else null. */
  findVisibleOrg(m: EntityManager, id: string, scope: ActorScope, lock?: OrgRowLock): Promise<OrgEntity | null> {
    const qb = restrictToScope(m.createQueryBuilder(OrgEntity, 'o').where('o.id = :id', { id }), scope, 'o.path');
    if (lock) qb.setLock(lock === 'update' ? 'pessimistic_write' : 'pessimistic_read');
    return qb.getOne();
  }

  /** The org if visible; otherwise `notFound` (default `MEMBERS.ORG_NOT_FOUND`), which says nothing of orgs outside the scope. */
  async requireVisibleOrg(
    m: EntityManager,
    id: string,
    scope: ActorScope,
    context: Pick<HandlerContext, 'language'>,
    options: { lock?: OrgRowLock; notFound?: ErrorCode } = {},
  ): Promise<OrgEntity> {
    const org = await this.findVisibleOrg(m, id, scope, options.lock);
    if (!org) throw DomainError.localized(options.notFound ?? 'MEMBERS.ORG_NOT_FOUND', context.language);
    return org;
  }

  /** Refuses (403) a write to a visible org that the caller may not make. */
  assertMayWrite(context: Pick<HandlerContext, 'auth' | 'language'>, scope: ActorScope, org: { id: string }, rule: WriteRule = {}): void {
    const permissions = context.auth.permissions;
    const permission = rule.permission ?? 'members:write';
    const allowed = permissions.includes('*') || permissions.includes(permission);
    const ownRoot = rule.notOnOwnScopeRoot === true && scope.kind === 'subtree' && scope.rootId === org.id;
    if (!allowed || ownRoot) throw DomainError.localized('COMMON.FORBIDDEN', context.language);
  }
}
