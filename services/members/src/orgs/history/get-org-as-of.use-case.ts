import type { GetOrgAsOfRequest, OrgDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { orgError } from '../org.exceptions';
import { toOrgDtoAsOf } from './org-as-of.mapper';
import { OrgHistoryRepository } from './org-history.repository';

/**
 * One org as it stood on `asOf`: not found when it did not exist that day. Visibility is the
 * caller's scope today (the tree as it now stands decides who may read an org's past).
 */
@Injectable()
export class GetOrgAsOfUseCase {
  constructor(
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetOrgAsOfRequest, context: HandlerContext): Promise<OrgDto> {
    const m = this.access.manager;
    const org = await this.access.requireVisibleOrg(m, request.id, await this.access.scopeOf(context, m), context);
    const version = await this.history.versionOn(org.id, request.asOf, m);
    if (!version) throw orgError('MEMBERS.ORG_NOT_FOUND', context.language);
    const [ancestors, counts] = await Promise.all([this.history.ancestorsOn([org.id], request.asOf), this.history.activeChildCountsOn([org.id], request.asOf)]);
    return toOrgDtoAsOf(org, version, ancestors.get(org.id) ?? [], counts.get(org.id) ?? 0);
  }
}
