import { ListDueItemsRequest, SUBJECTS, type DueItemPageDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ListDueItemsUseCase } from './use-cases/list-due-items.use-case';

/** The "việc cần làm" lists. */
@Controller()
export class DueItemsController {
  constructor(@Inject(ListDueItemsUseCase) private readonly dueItems: ListDueItemsUseCase) {}

  @RpcHandler(SUBJECTS.members.dueItemList, ListDueItemsRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListDueItemsRequest, context: HandlerContext): Promise<DueItemPageDto> {
    return this.dueItems.execute(request, context);
  }
}
