import type { GetOrgRequest, OrgDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/** One organisation, open or closed, if the actor may see it. */
@Injectable()
export class GetOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const m = this.orgs.manager;
    const org = await this.access.requireVisibleOrg(m, request.id, await this.access.scopeOf(context, m), context);
    return this.mapper.toDto(org, m);
  }
}
