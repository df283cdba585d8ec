import { EVENTS, type CreateOrgRequest, type OrgDto } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { isKindAllowed } from '../org-kind-rules';
import { orgChanged } from '../org-events';
import { kindNotAllowed, orgError, validFromBeforeParent } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { childPath, pathDepth } from '../org-path';
import { OrgRepository } from '../org.repository';
import { OrgHistoryRepository } from '../history/org-history.repository';
import { ScopedAccess } from '../../scope/scoped-access';

/** Founds an organisation under a parent (or as a root, for an unscoped actor). */
@Injectable()
export class CreateOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  execute(request: CreateOrgRequest, context: HandlerContext): Promise<OrgDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      await this.orgs.lockTreeShape(m, 'shared');
      const scope = await this.access.scopeOf(context, m);
      let parentPath: string | null = null;
      let parentKind = null;
      if (request.parentId === null) {
        // A root lies outside every subtree: only an unscoped actor may found one.
        if (scope.kind !== 'all') throw orgError('COMMON.FORBIDDEN', language);
      } else {
        // FOR SHARE: a concurrent close of the parent waits for us, then sees this child.
        const parent = await this.access.requireVisibleOrg(m, request.parentId, scope, context, { lock: 'share', notFound: 'MEMBERS.ORG_PARENT_NOT_FOUND' });
        this.access.assertMayWrite(context, scope, parent);
        if (parent.status === 'closed') throw orgError('MEMBERS.ORG_PARENT_CLOSED', language);
        if (request.validFrom < parent.validFrom) throw validFromBeforeParent(language, parent.validFrom);
        parentPath = parent.path;
        parentKind = parent.kind;
      }
      const rules = await this.orgs.kindRules(m);
      if (!isKindAllowed(rules, parentKind, request.kind, request.validFrom)) {
        throw kindNotAllowed(language, parentKind, request.kind, request.validFrom);
      }
      if (await this.orgs.shortNameTaken(m, request.parentId, request.shortName)) {
        throw orgError('MEMBERS.ORG_SHORT_NAME_TAKEN', language);
      }
      const seq = await this.orgs.nextSeq(m);
      const path = childPath(parentPath, seq);
      const org = await this.orgs.insert(m, {
        id: uuidv7(),
        seq,
        parentId: request.parentId,
        name: request.name,
        nameFolded: foldVietnamese(request.name),
        shortName: request.shortName,
        shortNameFolded: foldVietnamese(request.shortName),
        kind: request.kind,
        validFrom: request.validFrom,
        path,
        depth: pathDepth(path),
      });
      await this.history.record(m, [org.id], org.validFrom);
      const dto = await this.mapper.toDto(org, m);
      await this.outbox.append(m, orgChanged(EVENTS.members.orgCreated, dto), context);
      return dto;
    });
  }
}
