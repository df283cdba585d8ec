import {
  createDataSource,
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  CreateJobTables1795700000300,
  CreateOrgReplica1796100000100,
  CreateReplicaWatermark1796100000000,
} from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { DocumentRegisterEntity } from '../registers/document-register.entity';
import { CreateDocumentRegister1795634794969 } from './migrations/1795634794969-create-document-register';

/** Entities and migrations of the documents database, listed explicitly (no globs: bundling-safe). */
export function createDocumentsDataSource(url: string): DataSource {
  return createDataSource({
    service: 'documents',
    url,
    entities: [DocumentRegisterEntity],
    migrations: [
      CreateDocumentRegister1795634794969,
      // The org tree replica (members' facts): inbox, dead letters, watermark, the table; jobs for its nightly check.
      CreateEventInbox1796000000000,
      CreateDeadLetter1796000000100,
      CreateJobTables1795700000300,
      CreateReplicaWatermark1796100000000,
      CreateOrgReplica1796100000100,
    ],
  });
}
