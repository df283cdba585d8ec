import { EVENTS, type OrgDto, type UpdateOrgRequest } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { orgChanged } from '../org-events';
import { lockOpenOrg } from '../lock-open-org';
import { orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository, type OrgPatch } from '../org.repository';
import { OrgHistoryRepository } from '../history/org-history.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/** Renames an organisation or changes its short name, if nobody changed it since `expectedVersion`. */
@Injectable()
export class UpdateOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  execute(request: UpdateOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const org = await lockOpenOrg(this.orgs, m, request, scope, language);
      this.access.assertMayWrite(context, scope, org);
      const patch: OrgPatch = {};
      if (request.name !== undefined && request.name !== org.name) {
        patch.name = request.name;
        patch.nameFolded = foldVietnamese(request.name);
      }
      if (request.shortName !== undefined && request.shortName !== org.shortName) {
        if (await this.orgs.shortNameTaken(m, org.parentId, request.shortName, org.id)) {
          throw orgError('MEMBERS.ORG_SHORT_NAME_TAKEN', language);
        }
        patch.shortName = request.shortName;
        patch.shortNameFolded = foldVietnamese(request.shortName);
      }
      // Nothing changes: no new version and no event, so that a repeated request is harmless.
      if (Object.keys(patch).length === 0) return this.mapper.toDto(org, m);
      const updated = await this.orgs.update(m, org.id, patch);
      await this.history.recordToday(m, org.id);
      const dto = await this.mapper.toDto(updated, m);
      await this.outbox.append(m, orgChanged(EVENTS.members.orgUpdated, dto), context);
      return dto;
    });
  }
}
