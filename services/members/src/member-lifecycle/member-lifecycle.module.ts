import { Module } from '@nestjs/common';
import { MemberRepository } from '../members/member.repository';
import { ScopeModule } from '../scope';
import { LifecycleWriter } from './lifecycle-writer';
import { MemberLifecycleController } from './member-lifecycle.controller';
import { MemberLifecycleRepository } from './member-lifecycle.repository';
import { EndExemptionUseCase } from './use-cases/end-exemption.use-case';
import { ExemptMemberUseCase } from './use-cases/exempt-member.use-case';
import { ExpelMemberUseCase } from './use-cases/expel-member.use-case';
import { GetMemberLifecycleUseCase } from './use-cases/get-member-lifecycle.use-case';
import { RecordAdmissionUseCase } from './use-cases/record-admission.use-case';
import { RecordCeremonyUseCase } from './use-cases/record-ceremony.use-case';
import { RecordDeathUseCase } from './use-cases/record-death.use-case';
import { RecordLeavingUseCase } from './use-cases/record-leaving.use-case';
import { RecordRecognitionUseCase } from './use-cases/record-recognition.use-case';
import { RemoveMemberUseCase } from './use-cases/remove-member.use-case';

/** A member's lifecycle by the Party's rules (issue 9 §2, §4): admission … death, with computed dates. */
@Module({
  imports: [ScopeModule],
  controllers: [MemberLifecycleController],
  providers: [
    MemberRepository,
    MemberLifecycleRepository,
    LifecycleWriter,
    GetMemberLifecycleUseCase,
    RecordAdmissionUseCase,
    RecordCeremonyUseCase,
    RecordRecognitionUseCase,
    ExemptMemberUseCase,
    EndExemptionUseCase,
    RemoveMemberUseCase,
    ExpelMemberUseCase,
    RecordLeavingUseCase,
    RecordDeathUseCase,
  ],
})
export class MemberLifecycleModule {}
