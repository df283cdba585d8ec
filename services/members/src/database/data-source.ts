import { createDataSource } from '@lienthong/platform';
import type { DataSource } from 'typeorm';

/** Entities and migrations of the members database, listed explicitly (no globs: bundling-safe). */
export function createMembersDataSource(url: string): DataSource {
  return createDataSource({ service: 'members', url, entities: [], migrations: [] });
}
