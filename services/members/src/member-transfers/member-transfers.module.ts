import { DATA_SOURCE, JobRunner, OutboxWriter } from '@lienthong/platform';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MemberRepository } from '../members/member.repository';
import { ScopeModule } from '../scope';
import { expireMemberTransfersJob } from './expire-member-transfers.job';
import { MemberTransferRepository } from './member-transfer.repository';
import { MemberTransfersController } from './member-transfers.controller';
import { CancelMemberTransferUseCase } from './use-cases/cancel-member-transfer.use-case';
import { ConfirmMemberTransferUseCase } from './use-cases/confirm-member-transfer.use-case';
import { GetMemberTransferUseCase } from './use-cases/get-member-transfer.use-case';
import { IssueMemberTransferUseCase } from './use-cases/issue-member-transfer.use-case';
import { ListMemberTransfersUseCase } from './use-cases/list-member-transfers.use-case';
import { MemberTransferDeadlinesUseCase } from './use-cases/member-transfer-deadlines.use-case';
import { RefuseMemberTransferUseCase } from './use-cases/refuse-member-transfer.use-case';
import { ReturnMemberTransferUseCase } from './use-cases/return-member-transfer.use-case';
import { SearchTransferDestinationsUseCase } from './use-cases/search-transfer-destinations.use-case';

/**
 * Transfers of party activity as a two-sided handshake (issue 9 §3). Registers the daily job
 * (issued → in transit, expiry, the end of a temporary period) with the service's JobRunner before it starts.
 */
@Module({
  imports: [ScopeModule],
  controllers: [MemberTransfersController],
  providers: [
    MemberTransferRepository,
    MemberRepository,
    IssueMemberTransferUseCase,
    MemberTransferDeadlinesUseCase,
    ListMemberTransfersUseCase,
    GetMemberTransferUseCase,
    ConfirmMemberTransferUseCase,
    RefuseMemberTransferUseCase,
    CancelMemberTransferUseCase,
    ReturnMemberTransferUseCase,
    SearchTransferDestinationsUseCase,
  ],
})
export class MemberTransfersModule implements OnModuleInit {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(JobRunner) private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(expireMemberTransfersJob(this.dataSource, this.outbox));
  }
}
