import { EVENTS, type OpenOrgTermRequest, type OrgTermDto } from '@lienthong/contracts';
import { OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope/scoped-access';
import { invalidOrgField, orgError } from '../org.exceptions';
import { OrgRepository } from '../org.repository';
import { OrgTermRepository } from './org-term.repository';
import { termChanged } from './term-events';

/**
 * Opens a term (nhiệm kỳ) of an org, or records a past one with its end date. Checked under
 * the org's row lock: no overlap with another term of the org (so at most one open), a start
 * within the org's life, a number not used before.
 */
@Injectable()
export class OpenOrgTermUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: OpenOrgTermRequest, context: HandlerContext): Promise<OrgTermDto> {
    const { language } = context;
    return this.orgs.transaction(async (m) => {
      const scope = await this.access.scopeOf(context, m);
      const org = await this.access.requireVisibleOrg(m, request.orgId, scope, context, { lock: 'update' });
      this.access.assertMayWrite(context, scope, org);
      const endDate = request.endDate ?? null;
      if (org.status === 'closed' && endDate === null) throw orgError('MEMBERS.ORG_CLOSED', language);
      if (request.startDate < org.validFrom) {
        throw invalidOrgField(language, 'startDate', 'beforeOrgValidFrom', {
          vi: `không được trước ngày thành lập của tổ chức (${displayDate(org.validFrom)})`,
          en: `must not be before the organisation's validFrom (${displayDate(org.validFrom)})`,
        });
      }
      if (endDate !== null && endDate < request.startDate) {
        throw invalidOrgField(language, 'endDate', 'beforeStartDate', { vi: 'không được trước ngày bắt đầu', en: 'must not be before startDate' });
      }
      if (org.validTo !== null && (endDate ?? request.startDate) > org.validTo) {
        throw invalidOrgField(language, 'endDate', 'afterOrgValidTo', {
          vi: `không được sau ngày tổ chức kết thúc hoạt động (${displayDate(org.validTo)})`,
          en: `must not be after the organisation's validTo (${displayDate(org.validTo)})`,
        });
      }
      if (await this.terms.numberTaken(m, org.id, request.number)) {
        throw invalidOrgField(language, 'number', 'termNumberTaken', {
          vi: `tổ chức đã có nhiệm kỳ thứ ${request.number}`,
          en: `the organisation already has a term number ${request.number}`,
        });
      }
      if (await this.terms.overlaps(m, org.id, request.startDate, endDate)) throw orgError('MEMBERS.ORG_TERM_OVERLAP', language);
      const term = await this.terms.insert(m, { id: uuidv7(), orgId: org.id, number: request.number, label: request.label, startDate: request.startDate, endDate });
      await this.outbox.append(m, termChanged(EVENTS.members.orgTermOpened, term), context);
      return term;
    });
  }
}
