import { ON_ROLL_STATUSES, type MemberCountsDto, type MemberCountsRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { memberError } from '../member.exceptions';
import { MemberRollQueries, type RollPlace } from '../member-roll.queries';

/**
 * Đảng số of an org alone or with its subtree: per status, on the roll, official, probationary,
 * and hosted on a temporary transfer. The same place predicate as the list (`MemberRollQueries`),
 * so each number equals the total of `members.member.list` with the matching filter.
 */
@Injectable()
export class MemberCountsUseCase {
  constructor(
    @Inject(MemberRollQueries) private readonly roll: MemberRollQueries,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: MemberCountsRequest, { auth, language }: HandlerContext): Promise<MemberCountsDto> {
    const org = await this.access.findVisibleOrg(this.access.manager, request.orgId, await this.access.scopeOf({ auth }));
    if (!org) throw memberError('MEMBERS.ORG_NOT_FOUND', language);
    const includeSubtree = request.includeSubtree ?? true;
    const place = (attachment: RollPlace['attachment']): RollPlace =>
      includeSubtree ? { path: org.path, orgId: null, attachment } : { path: null, orgId: org.id, attachment };
    const [byStatus, temporaryIn] = await Promise.all([this.roll.countByStatus(place('official')), this.roll.count(place('temporary'))]);
    return {
      orgId: org.id,
      includeSubtree,
      byStatus,
      onRoll: ON_ROLL_STATUSES.reduce((sum, s) => sum + byStatus[s], 0),
      official: byStatus.official,
      probationary: byStatus.probationary,
      temporaryIn,
    };
  }
}
