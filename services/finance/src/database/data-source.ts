import { createDataSource } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { DuesRuleEntity } from '../dues-rules/dues-rule.entity';
import { CreateDuesRule1795634794970 } from './migrations/1795634794970-create-dues-rule';

/** Entities and migrations of the finance database, listed explicitly (no globs: bundling-safe). */
export function createFinanceDataSource(url: string): DataSource {
  return createDataSource({
    service: 'finance',
    url,
    entities: [DuesRuleEntity],
    migrations: [CreateDuesRule1795634794970],
  });
}
