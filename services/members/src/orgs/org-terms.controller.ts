import { CloseOrgTermRequest, ListOrgTermsRequest, OpenOrgTermRequest, OrgTermInForceRequest, SUBJECTS, type OrgTermDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { CloseOrgTermUseCase } from './terms/close-org-term.use-case';
import { ListOrgTermsUseCase } from './terms/list-org-terms.use-case';
import { OpenOrgTermUseCase } from './terms/open-org-term.use-case';
import { OrgTermInForceUseCase } from './terms/org-term-in-force.use-case';

/** Terms (nhiệm kỳ) of organisations. */
@Controller()
export class OrgTermsController {
  constructor(
    @Inject(ListOrgTermsUseCase) private readonly listTerms: ListOrgTermsUseCase,
    @Inject(OpenOrgTermUseCase) private readonly openTerm: OpenOrgTermUseCase,
    @Inject(CloseOrgTermUseCase) private readonly closeTerm: CloseOrgTermUseCase,
    @Inject(OrgTermInForceUseCase) private readonly termInForce: OrgTermInForceUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.orgTermList, ListOrgTermsRequest, { permission: 'members:read', scope: 'subtree' })
  list(request: ListOrgTermsRequest, context: HandlerContext): Promise<{ items: OrgTermDto[] }> {
    return this.listTerms.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgTermOpen, OpenOrgTermRequest, { permission: 'members:write', scope: 'subtree' })
  open(request: OpenOrgTermRequest, context: HandlerContext): Promise<OrgTermDto> {
    return this.openTerm.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.orgTermClose, CloseOrgTermRequest, { permission: 'members:write', scope: 'subtree' })
  close(request: CloseOrgTermRequest, context: HandlerContext): Promise<OrgTermDto> {
    return this.closeTerm.execute(request, context);
  }

  /** Other services (documents numbering) ask with the caller's context or as the system actor. */
  @RpcHandler(SUBJECTS.members.orgTermInForce, OrgTermInForceRequest, { permission: 'members:read', scope: 'subtree' })
  inForce(request: OrgTermInForceRequest, context: HandlerContext): Promise<OrgTermDto> {
    return this.termInForce.execute(request, context);
  }
}
