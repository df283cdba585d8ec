import { DATA_SOURCE, JobRunner, LOGGER, type Logger } from '@lienthong/platform';
import { Inject, Module, Optional, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ScopeModule } from '../scope';
import { queueCatchUpRun } from './due-items-catch-up';
import { DueItemsController } from './due-items.controller';
import { dueItemsJob } from './due-items.job';
import { ListDueItemsUseCase } from './use-cases/list-due-items.use-case';

/** "Việc cần làm" (issue 9 §7): the daily job (and a catch-up run at boot), when the app runs jobs, and the lists. */
@Module({ imports: [ScopeModule], controllers: [DueItemsController], providers: [ListDueItemsUseCase] })
export class DueItemsModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(JobRunner) private readonly jobs?: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs?.register(dueItemsJob(this.dataSource));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs) return;
    try {
      if (await queueCatchUpRun(this.dataSource, this.jobs)) this.logger.info('Due items: a catch-up run for today is queued', { job: 'members.due-items' });
    } catch (error) {
      // Never stops the boot: the daily schedule still runs.
      this.logger.warn('Due items: the catch-up run could not be queued', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
