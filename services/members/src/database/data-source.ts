import { createDataSource, CreateOutbox1795700000000 } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { CreateOrgTree1795600000000 } from './migrations/1795600000000-create-org-tree';
import { OrgKindRuleEntity } from '../orgs/org-kind-rule.entity';
import { OrgEntity } from '../orgs/org.entity';

/** Entities and migrations of the members database, listed explicitly (no globs: bundling-safe). */
export function createMembersDataSource(url: string): DataSource {
  return createDataSource({
    service: 'members',
    url,
    entities: [OrgEntity, OrgKindRuleEntity],
    migrations: [CreateOrgTree1795600000000, CreateOutbox1795700000000],
  });
}
