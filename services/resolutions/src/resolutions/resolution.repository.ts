import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, Repository } from 'typeorm';
import type { ResolutionPageKey } from './resolution-cursor';
import { ResolutionEntity } from './resolution.entity';

@Injectable()
export class ResolutionRepository {
  private readonly rows: Repository<ResolutionEntity>;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.rows = dataSource.getRepository(ResolutionEntity);
  }

  /**
   * Up to `take` resolutions of one organisation after `after`, newest first. Keyset, not
   * OFFSET: the row comparison walks resolution_org_issued_on_idx from where the last page ended.
   */
  listByOrg(orgId: string, take: number, after?: ResolutionPageKey): Promise<ResolutionEntity[]> {
    const query = this.rows
      .createQueryBuilder('r')
      .where('r.org_id = :orgId', { orgId })
      .orderBy('r.issuedOn', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(take);
    if (after) query.andWhere('(r.issued_on, r.id) < (:afterIssuedOn::date, :afterId::uuid)', { afterIssuedOn: after.issuedOn, afterId: after.id });
    return query.getMany();
  }
}
