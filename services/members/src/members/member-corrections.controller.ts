import {
  CreateCorrectionRequest,
  ListCorrectionsRequest,
  ListOwnCorrectionsRequest,
  ResolveCorrectionRequest,
  SUBJECTS,
  type CorrectionRequestDto,
  type Page,
} from '@lienthong/contracts';
import { RpcHandler, SIGNED_IN_PERMISSION, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CreateCorrectionUseCase } from './use-cases/create-correction.use-case';
import { ListCorrectionsUseCase } from './use-cases/list-corrections.use-case';
import { ListOwnCorrectionsUseCase } from './use-cases/list-own-corrections.use-case';
import { ResolveCorrectionUseCase } from './use-cases/resolve-correction.use-case';

/** A member's requests to correct their own record, and the officers' handling of them. */
@Controller()
export class MemberCorrectionsController {
  constructor(
    @Inject(CreateCorrectionUseCase) private readonly createCorrection: CreateCorrectionUseCase,
    @Inject(ListCorrectionsUseCase) private readonly listCorrections: ListCorrectionsUseCase,
    @Inject(ListOwnCorrectionsUseCase) private readonly listOwnCorrections: ListOwnCorrectionsUseCase,
    @Inject(ResolveCorrectionUseCase) private readonly resolveCorrection: ResolveCorrectionUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberCorrectionCreate, CreateCorrectionRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  request(request: CreateCorrectionRequest, context: HandlerContext): Promise<CorrectionRequestDto> {
    return this.createCorrection.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberCorrectionListOwn, ListOwnCorrectionsRequest, { permission: SIGNED_IN_PERMISSION, scope: 'self' })
  own(request: ListOwnCorrectionsRequest, context: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    return this.listOwnCorrections.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberCorrectionList, ListCorrectionsRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListCorrectionsRequest, context: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    return this.listCorrections.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberCorrectionResolve, ResolveCorrectionRequest, { permission: 'members:write', scope: 'subtree' })
  resolve(request: ResolveCorrectionRequest, context: HandlerContext): Promise<CorrectionRequestDto> {
    return this.resolveCorrection.execute(request, context);
  }
}
