import { EVENTS, type CloseOrgRequest, type OrgDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { orgChanged } from '../org-events';
import { lockOpenOrg } from '../lock-open-org';
import { orgError, validToBeforeValidFrom } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { OrgHistoryRepository } from '../history/org-history.repository';
import { addDays, laterOf } from '../history/party-dates';
import { ScopedAccess } from '../../scope/scoped-access';
import { endOpenTerm } from '../terms/end-open-term';
import { OrgTermRepository } from '../terms/org-term.repository';

/**
 * Closes (giải thể / kết thúc hoạt động) an organisation. It is kept with its validTo:
 * members, documents and dues of the past still point at it. Its active sub-organisations
 * must be moved or closed first.
 */
@Injectable()
export class CloseOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
  ) {}

  execute(request: CloseOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      // FOR UPDATE: a concurrent create or move under this org (FOR SHARE on it) waits, then sees it closed.
      const scope = await this.access.scopeOf(context, m);
      const org = await lockOpenOrg(this.orgs, m, request, scope, language);
      // Closing the org that defines one's own scope is the superior's decision.
      this.access.assertMayWrite(context, scope, org, { notOnOwnScopeRoot: true });
      if (request.validTo < org.validFrom) throw validToBeforeValidFrom(language, org.validFrom);
      // The closed version starts the day after the last day. A close dated behind a change already
      // recorded (a rename today, a dissolution back-dated) starts it on that change's day instead:
      // history never overlaps, and org.validTo keeps the date the officer gave.
      const latest = (await this.history.latestStarts(m, [org.id])).get(org.id);
      const closedFrom = latest === undefined ? addDays(request.validTo, 1) : laterOf(addDays(request.validTo, 1), latest);
      if (await this.orgs.hasActiveChildren(m, org.id)) throw orgError('MEMBERS.ORG_HAS_OPEN_CHILDREN', language);
      await endOpenTerm({ terms: this.terms, outbox: this.outbox }, m, org.id, request.validTo, context, 'validTo');
      const closed = await this.orgs.update(m, org.id, {
        status: 'closed',
        validTo: request.validTo,
        closeReason: request.reason?.trim() || null,
      });
      await this.history.record(m, [org.id], closedFrom);
      const dto = await this.mapper.toDto(closed, m);
      await this.outbox.append(m, orgChanged(EVENTS.members.orgClosed, dto), context);
      return dto;
    });
  }
}
