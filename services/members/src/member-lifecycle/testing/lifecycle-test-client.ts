import {
  SUBJECTS,
  type DecidedLifecycleRequest,
  type ExemptMemberRequest,
  type LifecycleActionResultDto,
  type MemberLifecycleDto,
  type RecordAdmissionRequest,
  type RecordCeremonyRequest,
  type RecordDeathRequest,
  type RecordRecognitionRequest,
  type RemoveMemberRequest,
} from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport } from '@lienthong/platform';

/** The lifecycle subjects, typed, for integration specs. */
export class LifecycleTestClient extends ServiceClient {
  constructor(
    transport: RpcTransport,
    private readonly defaultContext: () => CallContext,
  ) {
    super(transport, 10_000);
  }

  get(id: string, context: CallContext = this.defaultContext(), page: { limit?: number; cursor?: string } = {}): Promise<MemberLifecycleDto> {
    return this.call(SUBJECTS.members.memberLifecycleGet, { id, ...page }, context);
  }
  admission(request: RecordAdmissionRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleAdmission, request, context);
  }
  ceremony(request: RecordCeremonyRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleCeremony, request, context);
  }
  recognition(request: RecordRecognitionRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleRecognition, request, context);
  }
  exempt(request: ExemptMemberRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExemption, request, context);
  }
  endExemption(request: DecidedLifecycleRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExemptionEnd, request, context);
  }
  remove(request: RemoveMemberRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleRemoval, request, context);
  }
  expel(request: DecidedLifecycleRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleExpulsion, request, context);
  }
  leave(request: DecidedLifecycleRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleLeaving, request, context);
  }
  death(request: RecordDeathRequest, context = this.defaultContext()): Promise<LifecycleActionResultDto> {
    return this.call(SUBJECTS.members.memberLifecycleDeath, request, context);
  }
}
