import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThanOrEqual, type DataSource, type FindOptionsWhere, type Repository } from 'typeorm';
import { DuesRuleEntity } from './dues-rule.entity';

@Injectable()
export class DuesRuleRepository {
  private readonly rows: Repository<DuesRuleEntity>;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.rows = dataSource.getRepository(DuesRuleEntity);
  }

  /** Every version, or only those in force on `onDate` (both ends inclusive). */
  list(onDate?: string): Promise<DuesRuleEntity[]> {
    const where: FindOptionsWhere<DuesRuleEntity>[] | undefined = onDate
      ? [
          { effectiveFrom: LessThanOrEqual(onDate), effectiveTo: IsNull() },
          { effectiveFrom: LessThanOrEqual(onDate), effectiveTo: MoreThanOrEqual(onDate) },
        ]
      : undefined;
    return this.rows.find({ where, order: { code: 'ASC', effectiveFrom: 'ASC' } });
  }
}
