import type { OrgTermDto, OrgTermInForceRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { orgError } from '../org.exceptions';
import { OrgTermRepository } from './org-term.repository';

/**
 * The term of an org in force on a date. Documents restart their numbering per term and ask
 * this when they number an outgoing document; no term that day → `MEMBERS.ORG_TERM_NOT_FOUND`.
 */
@Injectable()
export class OrgTermInForceUseCase {
  constructor(
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: OrgTermInForceRequest, context: HandlerContext): Promise<OrgTermDto> {
    const m = this.access.manager;
    const org = await this.access.requireVisibleOrg(m, request.orgId, await this.access.scopeOf(context, m), context);
    const term = await this.terms.inForceOn(org.id, request.date);
    if (!term) throw orgError('MEMBERS.ORG_TERM_NOT_FOUND', context.language);
    return term;
  }
}
