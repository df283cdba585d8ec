import { EVENTS, type MoveOrgRequest, type OrgDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { lockOpenOrg } from '../lock-open-org';
import { isKindAllowed, partyToday } from '../org-kind-rules';
import { childPath, isWithin, pathDepth } from '../org-path';
import { orgChanged } from '../org-events';
import { kindNotAllowed, orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { OrgHistoryRepository } from '../history/org-history.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/**
 * Moves an organisation with its whole subtree under a new parent (the 2025 restructuring
 * moved whole đảng bộ under the new đảng bộ trực thuộc TW). The subtree's paths change in
 * one statement. The org's validFrom is not checked against the new parent's: an old
 * đảng bộ may well move under one founded later.
 */
@Injectable()
export class MoveOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  execute(request: MoveOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      await this.orgs.lockTreeShape(m, 'exclusive');
      const scope = await this.access.scopeOf(context, m);
      const org = await lockOpenOrg(this.orgs, m, request, scope, language);
      // Moving the org that defines one's own scope is the superior's decision.
      this.access.assertMayWrite(context, scope, org, { notOnOwnScopeRoot: true });
      const parent = await this.access.requireVisibleOrg(m, request.newParentId, scope, context, { lock: 'share', notFound: 'MEMBERS.ORG_PARENT_NOT_FOUND' });
      if (isWithin(parent.path, org.path)) throw orgError('MEMBERS.ORG_MOVE_CYCLE', language);
      if (parent.status === 'closed') throw orgError('MEMBERS.ORG_PARENT_CLOSED', language);
      if (parent.id === org.parentId) return this.mapper.toDto(org, m);
      const today = partyToday();
      if (!isKindAllowed(await this.orgs.kindRules(m), parent.kind, org.kind, today)) {
        throw kindNotAllowed(language, parent.kind, org.kind, today);
      }
      if (await this.orgs.shortNameTaken(m, parent.id, org.shortName, org.id)) {
        throw orgError('MEMBERS.ORG_SHORT_NAME_TAKEN', language);
      }
      const newPath = childPath(parent.path, org.seq);
      const moved = await this.orgs.moveSubtree(m, org, parent.id, newPath, pathDepth(newPath));
      // One history row: the moved org's parent. Descendants keep theirs; their ancestry on a day follows the links.
      await this.history.recordToday(m, org.id);
      const dto = await this.mapper.toDto(moved, m);
      // One event for the moved org only; consumers recompute its descendants (see org-events.ts).
      await this.outbox.append(m, orgChanged(EVENTS.members.orgMoved, dto), context);
      return dto;
    });
  }
}
