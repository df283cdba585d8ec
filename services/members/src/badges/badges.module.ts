import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope';
import { BadgesController } from './badges.controller';
import { ListBadgeCandidatesUseCase } from './use-cases/list-badge-candidates.use-case';
import { ListMemberBadgesUseCase } from './use-cases/list-member-badges.use-case';
import { RecordBadgeUseCase } from './use-cases/record-badge.use-case';

/** Huy hiệu Đảng: the register of candidates per award occasion and the badges given (issue 9 §5). */
@Module({
  imports: [ScopeModule],
  controllers: [BadgesController],
  providers: [ListBadgeCandidatesUseCase, RecordBadgeUseCase, ListMemberBadgesUseCase],
})
export class BadgesModule {}
