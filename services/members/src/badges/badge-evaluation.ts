import type { BadgeCandidateDto } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import { badgeDecisionAt, displayDate, type BadgeCandidate, type BadgeDecision, type DeductedPeriod, type RuleSource } from '@lienthong/rules';
import type { BadgeMemberRow } from './badge-candidate.queries';

const OUT_OF_PARTY = new Set(['removed', 'expelled', 'resigned', 'transferred-out']);

/** The rule's input from a member's rows: the gaps between admission periods are the deducted periods. */
export function badgeCandidateOf(row: BadgeMemberRow): BadgeCandidate {
  const periods = row.periods ?? [];
  const deducted: DeductedPeriod[] = [];
  for (let i = 1; i < periods.length; i += 1) {
    const ended = periods[i - 1].ended;
    if (ended !== null && ended < periods[i].admitted) deducted.push({ from: ended, to: periods[i].admitted, reason: 'khac' });
  }
  const last = periods[periods.length - 1];
  // A record whose last period ended (removed, expelled, resigned) is outside from that day on.
  if (last?.ended && OUT_OF_PARTY.has(row.status)) deducted.push({ from: last.ended, reason: 'khac' });
  return {
    admissionDecisionDate: periods[0].admitted,
    deductedPeriods: deducted,
    awardedMilestones: row.awarded,
    disciplines: row.disciplines.map((d) => ({ form: d.form, decidedOn: d.decidedOn })),
    seriouslyIll: row.seriously_ill,
    diedOn: row.status === 'deceased' ? row.status_since : undefined,
  };
}

export function decideBadge(row: BadgeMemberRow, occasion: string): BadgeDecision {
  return badgeDecisionAt(badgeCandidateOf(row), occasion);
}

const FORM_NAMES: Record<string, { vi: string; en: string }> = {
  'khien-trach': { vi: 'khiển trách', en: 'reprimand' },
  'canh-cao': { vi: 'cảnh cáo', en: 'warning' },
  'cach-chuc': { vi: 'cách chức', en: 'removal from post' },
  'khai-tru': { vi: 'khai trừ', en: 'expulsion' },
};

/** The row of the register when the member is proposed (eligible or delayed) at the occasion; else undefined. */
export function candidateRow(row: BadgeMemberRow, decision: BadgeDecision, lang: Language): BadgeCandidateDto | undefined {
  if (decision.status !== 'eligible' && decision.status !== 'delayed') return undefined;
  const delayed = decision.status === 'delayed';
  const reasons = delayed
    ? row.disciplines
        .filter((d) => d.decidedOn <= decision.notBefore && (d.form === 'canh-cao' || d.form === 'cach-chuc'))
        .map((d) => `${FORM_NAMES[d.form][lang]} ${displayDate(d.decidedOn)}${d.ref ? ` (${d.ref})` : ''}`)
    : [];
  return {
    memberId: row.id,
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    orgId: row.org_id,
    orgName: row.org_name,
    status: row.status,
    admissionDecisionDate: row.periods[0].admitted,
    milestone: decision.milestone,
    reachDate: decision.reachDate,
    basis: decision.basis,
    decision: decision.status,
    missed: decision.status === 'eligible' ? decision.missed : [],
    notBefore: delayed ? decision.notBefore : null,
    nextOccasion: delayed ? decision.nextOccasion : null,
    reasons,
    source: sourceDto(decision.source),
  };
}

export function sourceDto(source: RuleSource): BadgeCandidateDto['source'] {
  return { document: source.document, article: source.article, note: source.note };
}
