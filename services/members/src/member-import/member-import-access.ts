import type { MemberImportDto } from '@lienthong/contracts';
import { BLOB_STORE, DomainError, type BlobStore, type HandlerContext, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ScopedAccess } from '../scope';
import { findImport, type ImportView } from './import-records';

export type VisibleImport = ImportView & { orgPath: string };

const NOT_FOUND = { vi: 'Không tìm thấy lượt nhập danh sách đảng viên.', en: 'Member import not found.' };
const NO_BLOB_STORE = {
  vi: 'Chưa cấu hình nơi lưu tệp (blob store): chức năng nhập/xuất Excel chưa dùng được.',
  en: 'No blob store is configured: Excel import and export are unavailable.',
};

/** 404 for an import that does not exist or lies outside the caller's scope (existence never leaks). */
export function importNotFound(language: Language): DomainError {
  return new DomainError('COMMON.NOT_FOUND', NOT_FOUND[language]);
}

/** The import as the API shows it, its refusal in the caller's language. */
export function toImportDto(view: ImportView, language: Language): MemberImportDto {
  return {
    id: view.id,
    orgId: view.orgId,
    fileName: view.fileName,
    status: view.status,
    fileError: view.fileError ? { code: view.fileError.code, message: view.fileError.message[language] } : null,
    rowsParsed: view.rowsParsed,
    rowsValid: view.rowsValid,
    rowsInvalid: view.rowsInvalid,
    rowsCommitted: view.rowsCommitted,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}

/** What every import use case needs: the scoped lookup of an import, and the blob store (503 without one). */
@Injectable()
export class MemberImportAccess {
  constructor(
    @Inject(ScopedAccess) readonly scoped: ScopedAccess,
    @Inject(BLOB_STORE) private readonly blobStore: BlobStore | null,
  ) {}

  get manager(): EntityManager {
    return this.scoped.manager;
  }

  blobs(language: Language): BlobStore {
    if (!this.blobStore) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', NO_BLOB_STORE[language]);
    return this.blobStore;
  }

  async requireVisible(id: string, context: Pick<HandlerContext, 'auth' | 'language'>, m: EntityManager = this.manager): Promise<VisibleImport> {
    const found = await findImport(m, id);
    if (!found) throw importNotFound(context.language);
    const scope = await this.scoped.scopeOf(context, m);
    if (!this.scoped.contains(scope, found.orgPath)) throw importNotFound(context.language);
    return found;
  }
}
