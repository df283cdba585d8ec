import { Module } from '@nestjs/common';
import { ChangeLogRepository } from './change-log.repository';
import { ChangesController } from './changes.controller';
import { ListChangesUseCase } from './use-cases/list-changes.use-case';

/** `GET /changes`; the feed is filled by `startChangeFeed` (app.ts) and purged by `changeLogPurgeJob`. */
@Module({
  controllers: [ChangesController],
  providers: [ChangeLogRepository, ListChangesUseCase],
  exports: [ChangeLogRepository],
})
export class ChangesModule {}
