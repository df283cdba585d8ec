import type { CorrectionRequestDto } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { subtreeUpperBound } from '../orgs/org-path';
import { MemberCorrectionEntity } from './entities/member-correction.entity';

export function toCorrectionDto(c: MemberCorrectionEntity): CorrectionRequestDto {
  return { id: c.id, memberId: c.memberId, orgId: c.orgId, items: c.items, note: c.note, status: c.status, createdAt: c.createdAt.toISOString() };
}

/** The correction-request table. */
@Injectable()
export class MemberCorrections {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async insert(row: Omit<MemberCorrectionEntity, 'createdAt'>): Promise<MemberCorrectionEntity> {
    await this.dataSource.manager.insert(MemberCorrectionEntity, row);
    return this.dataSource.manager.findOneOrFail(MemberCorrectionEntity, { where: { id: row.id } });
  }

  /** Requests about members whose record is held in the subtree at `path` (joined on the org tree; few rows). */
  pageInSubtree(path: string, afterId: string | undefined, limit: number): Promise<MemberCorrectionEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(MemberCorrectionEntity, 'c')
      .innerJoin('org', 'o', 'o.id = c.org_id')
      .where('o.path >= :low AND o.path < :high', { low: path, high: subtreeUpperBound(path) });
    if (afterId !== undefined) qb.andWhere('c.id > :afterId', { afterId });
    return qb.orderBy('c.id', 'ASC').limit(limit).getMany();
  }
}
