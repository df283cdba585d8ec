import type { CreateMemberImportRequest, MemberImportDto } from '@lienthong/contracts';
import { DomainError, JobRunner, uuidv7, type BlobStore, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ImportFileError } from '../import-file-error';
import { findImport, insertImport } from '../import-records';
import { readImportSheet } from '../import-sheet-reader';
import { XLSX_CONTENT_TYPE } from '../import-template';
import { MemberImportAccess, toImportDto } from '../member-import-access';
import { PARSE_IMPORT_JOB } from '../parse-import.job';

/**
 * A new import of an uploaded file (already in the blob store) into an org's subtree: the org
 * must be visible (404) and writable (403) and open (409); the header row is checked at once, so
 * a file of another shape answers 400 and leaves nothing behind; then the parse job is queued.
 */
@Injectable()
export class CreateMemberImportUseCase {
  constructor(
    @Inject(MemberImportAccess) private readonly access: MemberImportAccess,
    @Inject(JobRunner) private readonly jobs: JobRunner,
  ) {}

  async execute(request: CreateMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    const { scoped } = this.access;
    const m = this.access.manager;
    const scope = await scoped.scopeOf(context, m);
    const org = await scoped.requireVisibleOrg(m, request.orgId, scope, context);
    scoped.assertMayWrite(context, scope, org);
    if (org.status === 'closed') throw DomainError.localized('MEMBERS.ORG_CLOSED', context.language);
    const blobs = this.access.blobs(context.language);
    try {
      await checkHeaderRow(blobs, request.blobKey, context);
    } catch (error) {
      await blobs.delete(request.blobKey).catch(() => undefined);
      throw error;
    }
    const id = uuidv7();
    await insertImport(m, {
      id,
      orgId: org.id,
      orgPath: org.path,
      fileName: request.fileName,
      blob: { key: request.blobKey, size: request.blobSize, sha256: '', contentType: XLSX_CONTENT_TYPE },
      language: context.language,
      requestedBy: context.auth.actor,
    });
    await this.jobs.enqueue(PARSE_IMPORT_JOB, { importId: id }, context.auth.actor, { ownerOrgId: org.id });
    return toImportDto((await findImport(m, id))!, context.language);
  }
}

/** Reads the header row and the first data row only (the stream is closed after it). */
async function checkHeaderRow(blobs: BlobStore, key: string, context: Pick<HandlerContext, 'language'>): Promise<void> {
  try {
    for await (const _row of readImportSheet(await blobs.get(key))) break;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    const message = error.messages[context.language];
    throw new DomainError('COMMON.VALIDATION_FAILED', message, [{ field: 'file', code: error.code, message }]);
  }
}
