import { addDays, addYears } from '../local-date/local-date';
import { awardOccasionsOf, nextAwardOccasion } from './award-occasions';
import { type BadgeCandidate, badgeDecisionAt } from './badge-eligibility';

const MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

const candidate = (over: Partial<BadgeCandidate> = {}): BadgeCandidate => ({
  admissionDecisionDate: '1996-05-19',
  deductedPeriods: [],
  awardedMilestones: [],
  disciplines: [],
  ...over,
});

describe('award occasions', () => {
  it('are 3/2, 19/5, 2/9 and 7/11', () => {
    expect(awardOccasionsOf(2026).map((o) => o.date)).toEqual(['2026-02-03', '2026-05-19', '2026-09-02', '2026-11-07']);
    expect(nextAwardOccasion('2026-05-19').date).toBe('2026-05-19');
    expect(nextAwardOccasion('2026-05-20').date).toBe('2026-09-02');
    expect(nextAwardOccasion('2026-11-08').date).toBe('2027-02-03');
  });
});

describe('badgeDecisionAt', () => {
  describe.each(awardOccasionsOf(2026).map((o) => [o.date]))('at the occasion of %s', (occasion) => {
    it.each(MILESTONES.map((m) => [m]))('awards %i years to a member who reaches it that day', (milestone) => {
      const member = candidate({
        admissionDecisionDate: addYears(occasion, -milestone),
        awardedMilestones: MILESTONES.filter((m) => m < milestone),
      });
      expect(badgeDecisionAt(member, occasion)).toMatchObject({ status: 'eligible', milestone, basis: 'regular', missed: [] });
      const dayLate = candidate({ ...member, admissionDecisionDate: addDays(addYears(occasion, -milestone), 1) });
      expect(badgeDecisionAt(dayLate, occasion)).toMatchObject({ status: 'not-yet', nextMilestone: milestone });
    });
  });

  it('says when the next milestone falls', () => {
    expect(badgeDecisionAt(candidate(), '2026-02-03')).toMatchObject({
      status: 'not-yet',
      nextMilestone: 30,
      nextReachDate: '2026-05-19',
    });
  });

  it('proposes the highest milestone reached and lists the missed ones', () => {
    const member = candidate({ admissionDecisionDate: '1976-02-03', awardedMilestones: [30] });
    expect(badgeDecisionAt(member, '2026-02-03')).toMatchObject({ status: 'eligible', milestone: 50, missed: [40, 45] });
  });

  it('pushes the milestone by deducted periods', () => {
    const member = candidate({ deductedPeriods: [{ from: '2000-01-01', to: '2000-04-01', reason: 'mat-lien-lac' }] });
    expect(badgeDecisionAt(member, '2026-05-19')).toMatchObject({ status: 'not-yet', nextReachDate: '2026-08-19' });
    expect(badgeDecisionAt(member, '2026-09-02')).toMatchObject({ status: 'eligible', milestone: 30, reachDate: '2026-08-19' });
  });

  describe('early award for serious illness', () => {
    it('allows up to 12 months early for 30–65 years', () => {
      const ill = candidate({ seriouslyIll: true });
      expect(badgeDecisionAt(ill, '2025-05-19')).toMatchObject({ status: 'eligible', milestone: 30, basis: 'early-serious-illness' });
      expect(badgeDecisionAt(ill, '2025-02-03')).toMatchObject({ status: 'not-yet' });
      expect(badgeDecisionAt(candidate(), '2025-05-19')).toMatchObject({ status: 'not-yet' });
    });

    it('allows up to 24 months early for 70–90 years', () => {
      const ill = candidate({
        admissionDecisionDate: '1956-09-02',
        seriouslyIll: true,
        awardedMilestones: [30, 40, 45, 50, 55, 60, 65],
      });
      expect(badgeDecisionAt(ill, '2024-09-02')).toMatchObject({ status: 'eligible', milestone: 70, basis: 'early-serious-illness' });
      expect(badgeDecisionAt(ill, '2024-05-19')).toMatchObject({ status: 'not-yet' });
    });
  });

  describe('posthumous award', () => {
    const member = candidate({ admissionDecisionDate: '1986-11-07', awardedMilestones: [30] });

    it('is made up to 12 months before the milestone the member would have reached', () => {
      expect(badgeDecisionAt({ ...member, diedOn: '2025-12-01' }, '2026-02-03')).toMatchObject({
        status: 'eligible',
        milestone: 40,
        basis: 'posthumous',
      });
      expect(badgeDecisionAt({ ...member, diedOn: '2025-11-07' }, '2026-02-03')).toMatchObject({ basis: 'posthumous' });
    });

    it('is not made when death came more than 12 months before it', () => {
      expect(badgeDecisionAt({ ...member, diedOn: '2025-11-06' }, '2026-02-03')).toEqual(
        expect.objectContaining({ status: 'not-yet' }),
      );
    });
  });

  describe('discipline delay', () => {
    it('delays 6 months after a warning, to the next occasion after it', () => {
      const warned = candidate({ disciplines: [{ form: 'canh-cao', decidedOn: '2026-01-10' }] });
      expect(badgeDecisionAt(warned, '2026-05-19')).toMatchObject({
        status: 'delayed',
        milestone: 30,
        notBefore: '2026-07-10',
        nextOccasion: '2026-09-02',
      });
      expect(badgeDecisionAt(warned, '2026-09-02')).toMatchObject({ status: 'eligible', milestone: 30 });
    });

    it('ends the warning delay exactly 6 months after the decision', () => {
      const warned = candidate({ disciplines: [{ form: 'canh-cao', decidedOn: '2025-11-19' }] });
      expect(badgeDecisionAt(warned, '2026-05-19')).toMatchObject({ status: 'eligible' });
      const later = candidate({ disciplines: [{ form: 'canh-cao', decidedOn: '2025-11-20' }] });
      expect(badgeDecisionAt(later, '2026-05-19')).toMatchObject({ status: 'delayed', notBefore: '2026-05-20' });
    });

    it('delays 12 months after removal from post and takes the longest of several', () => {
      const member = candidate({
        disciplines: [
          { form: 'canh-cao', decidedOn: '2026-03-01' },
          { form: 'cach-chuc', decidedOn: '2025-09-01' },
        ],
      });
      expect(badgeDecisionAt(member, '2026-05-19')).toMatchObject({ status: 'delayed', notBefore: '2026-09-01', nextOccasion: '2026-09-02' });
    });

    it('does not delay for a reprimand, or for a decision after the occasion', () => {
      expect(badgeDecisionAt(candidate({ disciplines: [{ form: 'khien-trach', decidedOn: '2026-05-01' }] }), '2026-05-19')).toMatchObject({
        status: 'eligible',
      });
      expect(badgeDecisionAt(candidate({ disciplines: [{ form: 'cach-chuc', decidedOn: '2026-05-20' }] }), '2026-05-19')).toMatchObject({
        status: 'eligible',
      });
    });
  });

  it('excludes expelled members and members outside the Party', () => {
    expect(badgeDecisionAt(candidate({ disciplines: [{ form: 'khai-tru', decidedOn: '2020-01-01' }] }), '2026-05-19')).toMatchObject({
      status: 'ineligible',
      reason: 'expelled',
    });
    expect(badgeDecisionAt(candidate({ deductedPeriods: [{ from: '2026-01-01', reason: 'mat-lien-lac' }] }), '2026-05-19')).toMatchObject({
      status: 'ineligible',
      reason: 'outside-party',
    });
  });

  it('has nothing to propose once every milestone is awarded', () => {
    const decision = badgeDecisionAt(candidate({ admissionDecisionDate: '1930-02-03', awardedMilestones: MILESTONES }), '2026-02-03');
    expect(decision.status).toBe('not-yet');
    expect(decision).not.toHaveProperty('nextMilestone');
  });
});
