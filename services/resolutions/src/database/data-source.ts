import {
  createDataSource,
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  CreateJobTables1795700000300,
  CreateOrgReplica1796100000100,
  CreateReplicaWatermark1796100000000,
} from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { ResolutionEntity } from '../resolutions/resolution.entity';
import { CreateResolution1795634794971 } from './migrations/1795634794971-create-resolution';

/** Entities and migrations of the resolutions database, listed explicitly (no globs: bundling-safe). */
export function createResolutionsDataSource(url: string): DataSource {
  return createDataSource({
    service: 'resolutions',
    url,
    entities: [ResolutionEntity],
    migrations: [
      CreateResolution1795634794971,
      // The org tree replica (members' facts): inbox, dead letters, watermark, the table; jobs for its nightly check.
      CreateEventInbox1796000000000,
      CreateDeadLetter1796000000100,
      CreateJobTables1795700000300,
      CreateReplicaWatermark1796100000000,
      CreateOrgReplica1796100000100,
    ],
  });
}
