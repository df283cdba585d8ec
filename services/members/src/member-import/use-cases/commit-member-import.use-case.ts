import type { CommitMemberImportRequest, MemberImportDto } from '@lienthong/contracts';
import { DomainError, JobRunner, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { COMMIT_IMPORT_JOB } from '../commit-import.job';
import { findImport, markCommitting } from '../import-records';
import { MemberImportAccess, toImportDto } from '../member-import-access';

const NOT_READY = {
  vi: 'Lượt nhập chưa đọc xong tệp hoặc tệp bị từ chối: chưa thể ghi vào danh sách.',
  en: 'The import has not finished reading its file, or the file was refused: it cannot be committed.',
};

/**
 * Commits the valid rows of a parsed import (a job, in chunks). Idempotent: an import already
 * committing or committed answers its state and starts nothing; a commit whose job was lost
 * (a crash between the switch and the enqueue) is queued again.
 */
@Injectable()
export class CommitMemberImportUseCase {
  constructor(
    @Inject(MemberImportAccess) private readonly access: MemberImportAccess,
    @Inject(JobRunner) private readonly jobs: JobRunner,
  ) {}

  async execute(request: CommitMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    const m = this.access.manager;
    const found = await this.access.requireVisible(request.id, context);
    const { scoped } = this.access;
    scoped.assertMayWrite(context, await scoped.scopeOf(context, m), { id: found.orgId });
    if (found.status === 'committed') return toImportDto(found, context.language);
    if (found.status !== 'parsed' && found.status !== 'committing') throw new DomainError('COMMON.CONFLICT', NOT_READY[context.language]);
    const switched = found.status === 'parsed' && (await markCommitting(m, found.id));
    if (switched || !(await this.hasActiveRun(found.id))) {
      await this.jobs.enqueue(COMMIT_IMPORT_JOB, { importId: found.id }, context.auth.actor, { ownerOrgId: found.orgId });
    }
    return toImportDto((await findImport(m, found.id))!, context.language);
  }

  private async hasActiveRun(importId: string): Promise<boolean> {
    const [{ found }] = await this.access.manager.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM job_run WHERE job_name = $1 AND params->>'importId' = $2 AND status IN ('queued', 'running')) AS found`,
      [COMMIT_IMPORT_JOB, importId],
    );
    return found;
  }
}
