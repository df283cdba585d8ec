import { EVENTS } from '@lienthong/contracts';
import type { HandlerContext, Language, OutboxWriter } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import type { EntityManager } from 'typeorm';
import { invalidOrgField } from '../org.exceptions';
import type { OrgTermRepository } from './org-term.repository';
import { termChanged } from './term-events';

/**
 * An org that is closed (dissolved, merged or split) ends its open term on its last day, with
 * the usual term-closed fact. A term that started after that day cannot be ended there: refused.
 */
export async function endOpenTerm(
  deps: { terms: OrgTermRepository; outbox: OutboxWriter },
  m: EntityManager,
  orgId: string,
  lastDay: string,
  context: HandlerContext & { language: Language },
  field: string,
): Promise<void> {
  const open = await deps.terms.lockOpenTermOf(m, orgId);
  if (!open) return;
  if (open.startDate > lastDay) {
    throw invalidOrgField(context.language, field, 'beforeOpenTermStart', {
      vi: `tổ chức có nhiệm kỳ bắt đầu ngày ${displayDate(open.startDate)}, sau ngày cuối cùng hoạt động (${displayDate(lastDay)})`,
      en: `the organisation has a term starting ${displayDate(open.startDate)}, after its last day (${displayDate(lastDay)})`,
    });
  }
  const closed = await deps.terms.close(m, open.id, lastDay);
  await deps.outbox.append(m, termChanged(EVENTS.members.orgTermClosed, closed), context);
}
