import {
  DecidedLifecycleRequest,
  ExemptMemberRequest,
  GetMemberLifecycleRequest,
  RecordAdmissionRequest,
  RecordCeremonyRequest,
  RecordDeathRequest,
  RecordRecognitionRequest,
  RemoveMemberRequest,
  SUBJECTS,
  type LifecycleActionResultDto,
  type MemberLifecycleDto,
} from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
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

const WRITE = { permission: 'members:write', scope: 'subtree' } as const;

/** Lifecycle messages: the computed dates of a member, and one action per subject. */
@Controller()
export class MemberLifecycleController {
  constructor(
    @Inject(GetMemberLifecycleUseCase) private readonly getLifecycle: GetMemberLifecycleUseCase,
    @Inject(RecordAdmissionUseCase) private readonly admission: RecordAdmissionUseCase,
    @Inject(RecordCeremonyUseCase) private readonly ceremony: RecordCeremonyUseCase,
    @Inject(RecordRecognitionUseCase) private readonly recognition: RecordRecognitionUseCase,
    @Inject(ExemptMemberUseCase) private readonly exemption: ExemptMemberUseCase,
    @Inject(EndExemptionUseCase) private readonly exemptionEnd: EndExemptionUseCase,
    @Inject(RemoveMemberUseCase) private readonly removal: RemoveMemberUseCase,
    @Inject(ExpelMemberUseCase) private readonly expulsion: ExpelMemberUseCase,
    @Inject(RecordLeavingUseCase) private readonly leaving: RecordLeavingUseCase,
    @Inject(RecordDeathUseCase) private readonly death: RecordDeathUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberLifecycleGet, GetMemberLifecycleRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: GetMemberLifecycleRequest, context: HandlerContext): Promise<MemberLifecycleDto> {
    return this.getLifecycle.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleAdmission, RecordAdmissionRequest, WRITE)
  recordAdmission(request: RecordAdmissionRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.admission.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleCeremony, RecordCeremonyRequest, WRITE)
  recordCeremony(request: RecordCeremonyRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.ceremony.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleRecognition, RecordRecognitionRequest, WRITE)
  recordRecognition(request: RecordRecognitionRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.recognition.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleExemption, ExemptMemberRequest, WRITE)
  exempt(request: ExemptMemberRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.exemption.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleExemptionEnd, DecidedLifecycleRequest, WRITE)
  endExemption(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.exemptionEnd.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleRemoval, RemoveMemberRequest, WRITE)
  remove(request: RemoveMemberRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.removal.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleExpulsion, DecidedLifecycleRequest, WRITE)
  expel(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.expulsion.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleLeaving, DecidedLifecycleRequest, WRITE)
  leave(request: DecidedLifecycleRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.leaving.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberLifecycleDeath, RecordDeathRequest, WRITE)
  recordDeath(request: RecordDeathRequest, context: HandlerContext): Promise<LifecycleActionResultDto> {
    return this.death.execute(request, context);
  }
}
