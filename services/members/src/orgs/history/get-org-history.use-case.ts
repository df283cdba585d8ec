import type { GetOrgHistoryRequest, OrgHistoryDto, OrgSuccessionDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { OrgSuccessionRepository } from '../restructuring/org-succession.repository';
import { addDays } from './party-dates';
import { OrgHistoryRepository } from './org-history.repository';
import { successionText } from './succession-text';

/**
 * An org's versions (oldest first) and its restructuring links, each with the sentence an
 * officer reads. A link whose other org lies outside the caller's scope is left out: its name
 * would say what the scope hides.
 */
@Injectable()
export class GetOrgHistoryUseCase {
  constructor(
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(OrgSuccessionRepository) private readonly successions: OrgSuccessionRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetOrgHistoryRequest, context: HandlerContext): Promise<OrgHistoryDto> {
    const m = this.access.manager;
    const scope = await this.access.scopeOf(context, m);
    const org = await this.access.requireVisibleOrg(m, request.id, scope, context);
    const [versions, links] = await Promise.all([this.history.versionsOf(org.id, m), this.successions.linksOf(org.id)]);
    const visible = links.filter((l) => this.access.contains(scope, l.predecessorPath) && this.access.contains(scope, l.successorPath));
    const toDto = (l: (typeof links)[number]): OrgSuccessionDto => ({
      kind: l.kind,
      restructuringId: l.restructuringId,
      predecessorId: l.predecessorId,
      predecessorName: l.predecessorName,
      successorId: l.successorId,
      successorName: l.successorName,
      effectiveDate: l.effectiveDate,
      decisionRef: l.decisionRef,
      text: successionText(context.language, l),
    });
    return {
      orgId: org.id,
      versions: versions.map((v) => ({
        parentId: v.parentId,
        name: v.name,
        shortName: v.shortName,
        kind: v.kind,
        status: v.status,
        validFrom: v.validFrom,
        validTo: v.validUntil === null ? null : addDays(v.validUntil, -1),
      })),
      predecessors: visible.filter((l) => l.successorId === org.id).map(toDto),
      successors: visible.filter((l) => l.predecessorId === org.id).map(toDto),
    };
  }
}
