import { EVENTS, type MemberBadgeAwardedEventV1, type MemberBadgeDto, type RecordBadgeRequest } from '@lienthong/contracts';
import { DomainError, OutboxWriter, type HandlerContext, type Language } from '@lienthong/platform';
import type { BadgeDecision } from '@lienthong/rules';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { badgeMemberFacts } from '../badge-candidate.queries';
import { decideBadge } from '../badge-evaluation';
import { badgeFieldError } from '../badge.exceptions';
import { memberBadges } from '../member-badge.repository';
import { requireMemberInScope } from '../member-in-scope';

/**
 * Records a badge given (sổ tặng Huy hiệu Đảng). The rule is checked again on the award date: the
 * milestone must be the one the member is proposed for then, on the basis given (regular, early for
 * serious illness, posthumous), and no discipline may still hold it. A milestone is given once (409).
 */
@Injectable()
export class RecordBadgeUseCase {
  constructor(
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async execute(request: RecordBadgeRequest, context: HandlerContext): Promise<MemberBadgeDto> {
    const { language } = context;
    if (request.decisionDate > request.occasionDate) {
      throw badgeFieldError('COMMON.VALIDATION_FAILED', language, 'decisionDate', 'afterOccasion', 'quyết định phải có trước hoặc đúng ngày trao', 'the decision must be on or before the award date');
    }
    return this.access.manager.transaction(async (m) => {
      const member = await requireMemberInScope(this.access, m, request.memberId, context, true);
      const facts = await badgeMemberFacts(m, request.memberId, request.occasionDate);
      if (facts?.awarded.includes(request.milestone)) throw alreadyGiven(language, request.milestone);
      const refusal = facts ? refusalOf(decideBadge(facts, request.occasionDate), request, language) : undefined;
      if (refusal) throw refusal;
      const saved = await memberBadges.insert(m, request, context.auth.actor);
      if (!saved) throw alreadyGiven(language, request.milestone);
      await this.outbox.append<MemberBadgeAwardedEventV1>(
        m,
        { type: EVENTS.members.memberBadgeAwarded, aggregateId: saved.id, aggregateVersion: 1, ownerOrgId: member.orgId, payload: { badge: saved, orgId: member.orgId } },
        context,
      );
      return saved;
    });
  }
}

function alreadyGiven(lang: Language, milestone: number): DomainError {
  return badgeFieldError('COMMON.CONFLICT', lang, 'milestone', 'alreadyGiven', `đảng viên đã được trao Huy hiệu ${milestone} năm tuổi Đảng`, `the ${milestone}-year badge was already given`);
}

function refusalOf(decision: BadgeDecision, request: RecordBadgeRequest, lang: Language): DomainError | undefined {
  const refuse = (field: string, code: string, vi: string, en: string) => badgeFieldError('COMMON.RULE_VIOLATION', lang, field, code, vi, en);
  if (decision.status === 'ineligible') {
    return refuse('memberId', decision.reason, 'đảng viên không ở trong Đảng vào ngày trao', 'the member is not in the Party on the award date');
  }
  if (decision.status === 'not-yet') {
    const next = decision.nextMilestone && decision.nextReachDate ? `; mốc kế tiếp ${decision.nextMilestone} năm vào ${displayDate(decision.nextReachDate)}` : '';
    const nextEn = decision.nextMilestone && decision.nextReachDate ? `; next milestone ${decision.nextMilestone} years on ${displayDate(decision.nextReachDate)}` : '';
    return refuse('milestone', 'notReached', `chưa đủ tuổi Đảng cho mốc ${request.milestone} năm${next}`, `party age does not reach ${request.milestone} years${nextEn}`);
  }
  if (decision.status === 'delayed') {
    return refuse('occasionDate', 'delayedByDiscipline', `do kỷ luật, chưa được trao trước ${displayDate(decision.notBefore)} (đợt ${displayDate(decision.nextOccasion)})`, `held by discipline until ${displayDate(decision.notBefore)} (occasion ${displayDate(decision.nextOccasion)})`);
  }
  if (decision.milestone !== request.milestone) {
    return refuse('milestone', 'otherMilestone', `mốc được đề nghị vào ngày này là ${decision.milestone} năm`, `the milestone proposed on that date is ${decision.milestone} years`);
  }
  if (decision.basis !== request.basis) {
    return refuse('basis', 'otherBasis', `căn cứ trao phải là "${decision.basis}"`, `the basis must be "${decision.basis}"`);
  }
  return undefined;
}
