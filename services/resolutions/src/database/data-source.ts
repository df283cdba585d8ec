import { createDataSource } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { ResolutionEntity } from '../resolutions/resolution.entity';
import { CreateResolution1795634794971 } from './migrations/1795634794971-create-resolution';

/** Entities and migrations of the resolutions database, listed explicitly (no globs: bundling-safe). */
export function createResolutionsDataSource(url: string): DataSource {
  return createDataSource({
    service: 'resolutions',
    url,
    entities: [ResolutionEntity],
    migrations: [CreateResolution1795634794971],
  });
}
