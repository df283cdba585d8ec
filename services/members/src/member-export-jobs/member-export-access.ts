import type { MemberExportDto } from '@lienthong/contracts';
import { DomainError, type BlobStore, type HandlerContext, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MemberImportAccess } from '../member-import/member-import-access';
import type { ScopedAccess } from '../scope';
import { findExport, type MemberExportView } from './member-export-records';

/** 404 for an export that does not exist, is another actor's, or lies outside the caller's scope (existence never leaks). */
export function exportNotFound(language: Language): DomainError {
  return DomainError.localized('MEMBERS.EXPORT_NOT_FOUND', language);
}

/** The export as the API shows it, its failure in the caller's language. */
export function exportToDto(view: MemberExportView, language: Language): MemberExportDto {
  return {
    id: view.id,
    kind: view.kind,
    orgId: view.orgId,
    orgName: view.orgName,
    occasion: view.params.occasion ?? null,
    milestone: view.params.milestone ?? null,
    status: view.status,
    rowsWritten: view.rowsWritten,
    totalEstimate: view.totalEstimate,
    fileName: view.status === 'succeeded' || view.status === 'expired' ? view.fileName : null,
    size: view.status === 'succeeded' || view.status === 'expired' ? view.size : null,
    error: view.error ? { code: view.error.code, message: view.error.message[language] } : null,
    createdAt: view.createdAt,
    startedAt: view.startedAt,
    finishedAt: view.finishedAt,
    expiresAt: view.expiresAt,
  };
}

/**
 * What every export use case needs: the caller's scope, the blob store (503 without one), and the
 * lookup of an export that only its requester ever sees.
 */
@Injectable()
export class MemberExportAccess {
  constructor(@Inject(MemberImportAccess) private readonly files: MemberImportAccess) {}

  get scoped(): ScopedAccess {
    return this.files.scoped;
  }

  get manager(): EntityManager {
    return this.files.manager;
  }

  blobs(language: Language): BlobStore {
    return this.files.blobs(language);
  }

  /** The caller's own export, its org still in the caller's scope; anything else is 404. */
  async requireMine(id: string, context: Pick<HandlerContext, 'auth' | 'language'>): Promise<MemberExportView> {
    const found = await findExport(this.manager, id);
    if (!found || found.requestedById !== context.auth.actor.id) throw exportNotFound(context.language);
    if (!this.scoped.contains(await this.scoped.scopeOf(context, this.manager), found.orgPath)) throw exportNotFound(context.language);
    return found;
  }
}
