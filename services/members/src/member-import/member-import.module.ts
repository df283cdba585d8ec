import { BLOB_STORE, DATA_SOURCE, JobRunner, OutboxWriter, type BlobStore } from '@lienthong/platform';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ExportMemberListUseCase } from '../member-export/export-member-list.use-case';
import { ScopeModule } from '../scope';
import { commitImportJob } from './commit-import.job';
import { MemberImportAccess } from './member-import-access';
import { MemberImportController } from './member-import.controller';
import { parseImportJob } from './parse-import.job';
import { CommitMemberImportUseCase } from './use-cases/commit-member-import.use-case';
import { CreateMemberImportUseCase } from './use-cases/create-member-import.use-case';
import { GetMemberImportUseCase } from './use-cases/get-member-import.use-case';
import { ListMemberImportRowsUseCase } from './use-cases/list-member-import-rows.use-case';
import { MemberImportErrorReportUseCase } from './use-cases/member-import-error-report.use-case';
import { MemberImportTemplateUseCase } from './use-cases/member-import-template.use-case';

/**
 * The member import and the list export. Registers the parse and commit jobs with the service's
 * JobRunner before it starts: runs left by a crash are claimed again and resume from their
 * checkpoint (commit) or start over (parse). Without a blob store there is nothing to parse:
 * uploads answer 503 and only the commit job is registered (to finish runs already queued).
 */
@Module({
  imports: [ScopeModule],
  controllers: [MemberImportController],
  providers: [
    MemberImportAccess,
    MemberImportTemplateUseCase,
    CreateMemberImportUseCase,
    GetMemberImportUseCase,
    ListMemberImportRowsUseCase,
    CommitMemberImportUseCase,
    MemberImportErrorReportUseCase,
    ExportMemberListUseCase,
  ],
})
export class MemberImportModule implements OnModuleInit {
  constructor(
    @Inject(JobRunner) private readonly jobs: JobRunner,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore | null,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  onModuleInit(): void {
    if (this.blobs) this.jobs.register(parseImportJob(this.dataSource, this.blobs));
    this.jobs.register(commitImportJob(this.dataSource, this.outbox));
  }
}
