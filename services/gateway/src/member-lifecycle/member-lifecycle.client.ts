import {
  SUBJECTS,
  type DecidedLifecycleRequest,
  type ExemptMemberRequest,
  type GetMemberLifecycleRequest,
  type LifecycleActionResultDto,
  type MemberLifecycleDto,
  type RecordAdmissionRequest,
  type RecordCeremonyRequest,
  type RecordDeathRequest,
  type RecordRecognitionRequest,
  type RemoveMemberRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The members service's lifecycle messages. Errors arrive as DomainError. */
export class MemberLifecycleClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs?: number) {
    super(transport, timeoutMs);
  }

  get(request: GetMemberLifecycleRequest, context: CallContext): Promise<MemberLifecycleDto> {
    return this.call(SUBJECTS.members.memberLifecycleGet, request, context);
  }
  admission(request: RecordAdmissionRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleAdmission, request, context);
  }
  ceremony(request: RecordCeremonyRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleCeremony, request, context);
  }
  recognition(request: RecordRecognitionRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleRecognition, request, context);
  }
  exemption(request: ExemptMemberRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExemption, request, context);
  }
  exemptionEnd(request: DecidedLifecycleRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExemptionEnd, request, context);
  }
  removal(request: RemoveMemberRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleRemoval, request, context);
  }
  expulsion(request: DecidedLifecycleRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExpulsion, request, context);
  }
  leaving(request: DecidedLifecycleRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleLeaving, request, context);
  }
  death(request: RecordDeathRequest, context: CallContext): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleDeath, request, context);
  }
}
