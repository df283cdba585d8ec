import { EVENTS, type CloseOrgRequest, type OrgDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { orgChanged } from '../org-events';
import { lockOpenOrg } from '../lock-open-org';
import { orgError, validToBeforeValidFrom } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';

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
  ) {}

  execute(request: CloseOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { auth, language } = context;
    return this.orgs.transaction(async (m) => {
      // FOR UPDATE: a concurrent create or move under this org (FOR SHARE on it) waits, then sees it closed.
      const org = await lockOpenOrg(this.orgs, m, request, await this.orgs.scopeOf(auth, m), language);
      if (request.validTo < org.validFrom) throw validToBeforeValidFrom(language, org.validFrom);
      if (await this.orgs.hasActiveChildren(m, org.id)) throw orgError('MEMBERS.ORG_HAS_OPEN_CHILDREN', language);
      const closed = await this.orgs.update(m, org.id, {
        status: 'closed',
        validTo: request.validTo,
        closeReason: request.reason?.trim() || null,
      });
      const dto = await this.mapper.toDto(closed, m);
      await this.outbox.append(m, orgChanged(EVENTS.members.orgClosed, dto), context);
      return dto;
    });
  }
}
