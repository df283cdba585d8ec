import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { OrgEntity } from '../orgs/org.entity';
import { isInScope, restrictToScope, type ActorScope } from '../scope';
import { MemberTransferEntity } from './member-transfer.entity';

/** The orgs a transfer names, for its DTO (name) and for the caller's side (path). */
export type TransferOrgs = Map<string, { name: string; path: string }>;

/** A transfer with the sides the caller stands on. */
export interface VisibleTransfer {
  transfer: MemberTransferEntity;
  orgs: TransferOrgs;
  sending: boolean;
  receiving: boolean;
}

export type TransferDirection = 'outgoing' | 'incoming';

/** The member_transfer table. A caller sees a transfer from its sending side, its receiving side, or both. */
@Injectable()
export class MemberTransferRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The transfer if either of its orgs lies in the scope (row-locked when asked), else null. */
  async findVisible(m: EntityManager, id: string, scope: ActorScope, lock = false): Promise<VisibleTransfer | null> {
    const qb = m.createQueryBuilder(MemberTransferEntity, 't').where('t.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const transfer = await qb.getOne();
    if (!transfer) return null;
    const orgs = await this.orgsOf(m, [transfer]);
    const sending = isInScope(scope, orgs.get(transfer.fromOrgId)?.path ?? '\u0000');
    const receiving = transfer.toOrgId !== null && isInScope(scope, orgs.get(transfer.toOrgId)?.path ?? '\u0000');
    return sending || receiving ? { transfer, orgs, sending, receiving } : null;
  }

  /** Newest first (uuid v7 ids follow creation time), keyset on the id. */
  async list(
    m: EntityManager,
    scope: ActorScope,
    direction: TransferDirection,
    filter: { states?: string[]; overdueOn?: string; afterId?: string; limit: number },
  ): Promise<MemberTransferEntity[]> {
    const column = direction === 'outgoing' ? 't.fromOrgId' : 't.toOrgId';
    const qb = m.createQueryBuilder(MemberTransferEntity, 't').innerJoin(OrgEntity, 'o', `o.id = ${column}`);
    restrictToScope(qb, scope, 'o.path');
    if (filter.states?.length) qb.andWhere('t.state IN (:...states)', { states: filter.states });
    if (filter.overdueOn) qb.andWhere(`t.state IN ('issued', 'in-transit') AND t.confirmDeadline < :today`, { today: filter.overdueOn });
    if (filter.afterId) qb.andWhere('t.id < :afterId', { afterId: filter.afterId });
    return qb.orderBy('t.id', 'DESC').limit(filter.limit + 1).getMany();
  }

  async orgsOf(m: EntityManager, transfers: MemberTransferEntity[]): Promise<TransferOrgs> {
    const ids = [...new Set(transfers.flatMap((t) => (t.toOrgId ? [t.fromOrgId, t.toOrgId] : [t.fromOrgId])))];
    if (ids.length === 0) return new Map();
    const rows = await m.find(OrgEntity, { where: ids.map((id) => ({ id })), select: { id: true, name: true, path: true } });
    return new Map(rows.map((o) => [o.id, { name: o.name, path: o.path }]));
  }

  async insert(m: EntityManager, transfer: Omit<MemberTransferEntity, 'version' | 'createdAt' | 'updatedAt' | 'returnedOn' | 'returnNote'>): Promise<MemberTransferEntity> {
    await m.insert(MemberTransferEntity, { ...transfer, version: 1 });
    return m.findOneOrFail(MemberTransferEntity, { where: { id: transfer.id } });
  }

  /** Applies a state change and bumps the version. */
  async update(m: EntityManager, id: string, patch: Partial<Pick<MemberTransferEntity, 'state' | 'decidedOn' | 'decisionNote' | 'returnedOn' | 'returnNote'>>): Promise<MemberTransferEntity> {
    await m
      .createQueryBuilder()
      .update(MemberTransferEntity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
    return m.findOneOrFail(MemberTransferEntity, { where: { id } });
  }
}
