import { ListResolutionsRequest, SUBJECTS, type Page, type ResolutionDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ListResolutionsUseCase } from './use-cases/list-resolutions.use-case';

/** Message handlers for resolutions: validation and auth happen before these run. */
@Controller()
export class ResolutionsController {
  constructor(@Inject(ListResolutionsUseCase) private readonly listResolutions: ListResolutionsUseCase) {}

  @RpcHandler(SUBJECTS.resolutions.resolutionList, ListResolutionsRequest, { permission: 'resolutions:read', scope: 'subtree' })
  list(request: ListResolutionsRequest, context: HandlerContext): Promise<Page<ResolutionDto>> {
    return this.listResolutions.execute(request, context.auth);
  }
}
