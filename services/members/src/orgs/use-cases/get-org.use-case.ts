import type { GetOrgRequest, OrgDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';

/** One organisation, open or closed, if the actor may see it. */
@Injectable()
export class GetOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
  ) {}

  async execute(request: GetOrgRequest, { auth, language }: HandlerContext): Promise<OrgDto> {
    const m = this.orgs.manager;
    const org = await this.orgs.findVisible(m, request.id, await this.orgs.scopeOf(auth, m));
    if (!org) throw orgError('MEMBERS.ORG_NOT_FOUND', language);
    return this.mapper.toDto(org, m);
  }
}
