import { BLOB_STORE, DATA_SOURCE, JobRunner, type BlobStore } from '@lienthong/platform';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MemberImportAccess } from '../member-import/member-import-access';
import { ScopeModule } from '../scope';
import { expireMemberExportsJob } from './expire-member-exports.job';
import { MemberExportAccess } from './member-export-access';
import { MemberExportJobsController } from './member-export-jobs.controller';
import { runMemberExportJob } from './run-member-export.job';
import { CreateMemberExportUseCase } from './use-cases/create-member-export.use-case';
import { GetMemberExportUseCase } from './use-cases/get-member-export.use-case';
import { ListMemberExportsUseCase } from './use-cases/list-member-exports.use-case';
import { MemberExportFileUseCase } from './use-cases/member-export-file.use-case';

/**
 * Exports as background jobs (the member list and the badge list of a large subtree). Registers
 * `members.export.run` and the scheduled `members.export.expire` with the service's JobRunner before
 * it starts. Without a blob store there is nowhere to write: creating an export answers 503 and no
 * job is registered.
 */
@Module({
  imports: [ScopeModule],
  controllers: [MemberExportJobsController],
  providers: [MemberImportAccess, MemberExportAccess, CreateMemberExportUseCase, GetMemberExportUseCase, ListMemberExportsUseCase, MemberExportFileUseCase],
})
export class MemberExportJobsModule implements OnModuleInit {
  constructor(
    @Inject(JobRunner) private readonly jobs: JobRunner,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
  ) {}

  onModuleInit(): void {
    if (!this.blobs) return;
    this.jobs.register(runMemberExportJob(this.dataSource, this.blobs));
    this.jobs.register(expireMemberExportsJob(this.dataSource, this.blobs));
  }
}
