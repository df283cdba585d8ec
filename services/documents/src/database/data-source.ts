import { createDataSource } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { DocumentRegisterEntity } from '../registers/document-register.entity';
import { CreateDocumentRegister1795634794969 } from './migrations/1795634794969-create-document-register';

/** Entities and migrations of the documents database, listed explicitly (no globs: bundling-safe). */
export function createDocumentsDataSource(url: string): DataSource {
  return createDataSource({
    service: 'documents',
    url,
    entities: [DocumentRegisterEntity],
    migrations: [CreateDocumentRegister1795634794969],
  });
}
