import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope';
import { BadgesController } from './badges.controller';
import { BadgeCircumstancesController } from './circumstances/badge-circumstances.controller';
import { ClearSeriousIllnessUseCase } from './circumstances/clear-serious-illness.use-case';
import { GetBadgeCircumstancesUseCase } from './circumstances/get-badge-circumstances.use-case';
import { RecordDisciplineUseCase } from './circumstances/record-discipline.use-case';
import { SetSeriousIllnessUseCase } from './circumstances/set-serious-illness.use-case';
import { ListBadgeCandidatesUseCase } from './use-cases/list-badge-candidates.use-case';
import { ListMemberBadgesUseCase } from './use-cases/list-member-badges.use-case';
import { RecordBadgeUseCase } from './use-cases/record-badge.use-case';

/** Huy hiệu Đảng: the register of candidates per award occasion and the badges given (issue 9 §5). */
@Module({
  imports: [ScopeModule],
  controllers: [BadgesController, BadgeCircumstancesController],
  providers: [
    ListBadgeCandidatesUseCase,
    RecordBadgeUseCase,
    ListMemberBadgesUseCase,
    GetBadgeCircumstancesUseCase,
    RecordDisciplineUseCase,
    SetSeriousIllnessUseCase,
    ClearSeriousIllnessUseCase,
  ],
})
export class BadgesModule {}
