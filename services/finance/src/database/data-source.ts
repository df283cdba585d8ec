import {
  createDataSource,
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  CreateJobTables1795700000300,
  CreateOrgReplica1796100000100,
  CreateReplicaWatermark1796100000000,
} from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { DuesRuleEntity } from '../dues-rules/dues-rule.entity';
import { CreateDuesRule1795634794970 } from './migrations/1795634794970-create-dues-rule';

/** Entities and migrations of the finance database, listed explicitly (no globs: bundling-safe). */
export function createFinanceDataSource(url: string): DataSource {
  return createDataSource({
    service: 'finance',
    url,
    entities: [DuesRuleEntity],
    migrations: [
      CreateDuesRule1795634794970,
      // The org tree replica (members' facts): inbox, dead letters, watermark, the table; jobs for its nightly check.
      CreateEventInbox1796000000000,
      CreateDeadLetter1796000000100,
      CreateJobTables1795700000300,
      CreateReplicaWatermark1796100000000,
      CreateOrgReplica1796100000100,
    ],
  });
}
