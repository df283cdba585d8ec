import { DATA_SOURCE, JobRunner } from '@lienthong/platform';
import { Inject, Module, Optional, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ScopeModule } from '../scope';
import { DueItemsController } from './due-items.controller';
import { dueItemsJob } from './due-items.job';
import { ListDueItemsUseCase } from './use-cases/list-due-items.use-case';

/** "Việc cần làm" (issue 9 §7): the daily job, when the app runs jobs, and the lists. */
@Module({ imports: [ScopeModule], controllers: [DueItemsController], providers: [ListDueItemsUseCase] })
export class DueItemsModule implements OnModuleInit {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Optional() @Inject(JobRunner) private readonly jobs?: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs?.register(dueItemsJob(this.dataSource));
  }
}
