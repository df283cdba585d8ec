import { EVENTS, type CloseOrgTermRequest, type OrgTermDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { invalidOrgField, orgError } from '../org.exceptions';
import { OrgRepository } from '../org.repository';
import { OrgTermRepository } from './org-term.repository';
import { termChanged } from './term-events';

/** Ends the open term of an org on its last day (the eve of the next congress, or of a merge). */
@Injectable()
export class CloseOrgTermUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: CloseOrgTermRequest, context: HandlerContext): Promise<OrgTermDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const term = await this.terms.lockWithOrgPath(m, request.termId);
      if (!term || term.orgId !== request.orgId || !this.access.contains(scope, term.orgPath)) throw orgError('MEMBERS.ORG_TERM_NOT_FOUND', language);
      this.access.assertMayWrite(context, scope, { id: term.orgId });
      if (term.version !== request.expectedVersion) throw orgError('MEMBERS.ORG_TERM_VERSION_MISMATCH', language);
      if (term.endDate !== null) throw orgError('MEMBERS.ORG_TERM_CLOSED', language);
      if (request.endDate < term.startDate) {
        throw invalidOrgField(language, 'endDate', 'beforeStartDate', {
          vi: `không được trước ngày bắt đầu nhiệm kỳ (${displayDate(term.startDate)})`,
          en: `must not be before the term's startDate (${displayDate(term.startDate)})`,
        });
      }
      const closed = await this.terms.close(m, term.id, request.endDate);
      await this.outbox.append(m, termChanged(EVENTS.members.orgTermClosed, closed), context);
      return closed;
    });
  }
}
