import type { ListOrgTermsRequest, OrgTermDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { OrgTermRepository } from './org-term.repository';

/** Every term of an org, newest first (a few tens at most: one per congress). */
@Injectable()
export class ListOrgTermsUseCase {
  constructor(
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListOrgTermsRequest, context: HandlerContext): Promise<{ items: OrgTermDto[] }> {
    const m = this.access.manager;
    const org = await this.access.requireVisibleOrg(m, request.orgId, await this.access.scopeOf(context, m), context);
    return { items: await this.terms.listOf(org.id) };
  }
}
