import { EVENTS, type OrgDto, type UpdateOrgRequest } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { orgChanged } from '../org-events';
import { orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository, type OrgPatch } from '../org.repository';

/** Renames an organisation or changes its short name, if nobody changed it since `expectedVersion`. */
@Injectable()
export class UpdateOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: UpdateOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { auth, language } = context;
    return this.orgs.transaction(async (m) => {
      const org = await this.orgs.findVisible(m, request.id, await this.orgs.scopeOf(auth, m), 'update');
      if (!org) throw orgError('MEMBERS.ORG_NOT_FOUND', language);
      if (org.version !== request.expectedVersion) throw orgError('MEMBERS.ORG_VERSION_MISMATCH', language);
      // A closed organisation is a historical record: its name stays as it was.
      if (org.status === 'closed') throw orgError('MEMBERS.ORG_CLOSED', language);
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
      const dto = await this.mapper.toDto(await this.orgs.update(m, org.id, patch), m);
      await this.outbox.append(m, orgChanged(EVENTS.members.orgUpdated, dto), context);
      return dto;
    });
  }
}
