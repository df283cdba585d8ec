import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope';
import { MemberCorrections } from './member-corrections';
import { MemberCorrectionsController } from './member-corrections.controller';
import { MemberRepository } from './member.repository';
import { MemberRollQueries } from './member-roll.queries';
import { MembersController } from './members.controller';
import { CreateCorrectionUseCase } from './use-cases/create-correction.use-case';
import { CreateMemberUseCase } from './use-cases/create-member.use-case';
import { GetMemberUseCase } from './use-cases/get-member.use-case';
import { GetOwnMemberUseCase } from './use-cases/get-own-member.use-case';
import { ListCorrectionsUseCase } from './use-cases/list-corrections.use-case';
import { ListMembersUseCase } from './use-cases/list-members.use-case';
import { ListOwnCorrectionsUseCase } from './use-cases/list-own-corrections.use-case';
import { MemberCountsUseCase } from './use-cases/member-counts.use-case';
import { ResolveCorrectionUseCase } from './use-cases/resolve-correction.use-case';
import { TransferMemberUseCase } from './use-cases/transfer-member.use-case';
import { UpdateMemberUseCase } from './use-cases/update-member.use-case';

/** The party-member record: person, admissions, cards, org memberships, status; lists, counts, corrections. */
@Module({
  imports: [ScopeModule],
  controllers: [MembersController, MemberCorrectionsController],
  providers: [
    MemberRepository,
    MemberRollQueries,
    MemberCorrections,
    CreateMemberUseCase,
    GetMemberUseCase,
    UpdateMemberUseCase,
    TransferMemberUseCase,
    ListMembersUseCase,
    MemberCountsUseCase,
    GetOwnMemberUseCase,
    CreateCorrectionUseCase,
    ListCorrectionsUseCase,
    ListOwnCorrectionsUseCase,
    ResolveCorrectionUseCase,
  ],
})
export class MemberRecordsModule {}
