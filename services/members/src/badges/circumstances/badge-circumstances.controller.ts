import { MemberRefRequest, RecordDisciplineRequest, SetSeriousIllnessRequest, SUBJECTS, type BadgeCircumstancesDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ClearSeriousIllnessUseCase } from './clear-serious-illness.use-case';
import { GetBadgeCircumstancesUseCase } from './get-badge-circumstances.use-case';
import { RecordDisciplineUseCase } from './record-discipline.use-case';
import { SetSeriousIllnessUseCase } from './set-serious-illness.use-case';

/** What the badge rule reads beyond the record: discipline decisions and a serious illness. */
@Controller()
export class BadgeCircumstancesController {
  constructor(
    @Inject(GetBadgeCircumstancesUseCase) private readonly getOne: GetBadgeCircumstancesUseCase,
    @Inject(RecordDisciplineUseCase) private readonly discipline: RecordDisciplineUseCase,
    @Inject(SetSeriousIllnessUseCase) private readonly setIllness: SetSeriousIllnessUseCase,
    @Inject(ClearSeriousIllnessUseCase) private readonly clearIllness: ClearSeriousIllnessUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.badgeCircumstancesGet, MemberRefRequest, { permission: 'members:read', scope: 'subtree' })
  get(request: MemberRefRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    return this.getOne.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.memberDisciplineRecord, RecordDisciplineRequest, { permission: 'members:write', scope: 'subtree' })
  record(request: RecordDisciplineRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    return this.discipline.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.seriousIllnessSet, SetSeriousIllnessRequest, { permission: 'members:write', scope: 'subtree' })
  set(request: SetSeriousIllnessRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    return this.setIllness.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.seriousIllnessClear, MemberRefRequest, { permission: 'members:write', scope: 'subtree' })
  clear(request: MemberRefRequest, context: HandlerContext): Promise<BadgeCircumstancesDto> {
    return this.clearIllness.execute(request, context);
  }
}
