import type { BadgeMemberRow } from './badge-candidate.queries';
import { badgeCandidateOf, candidateRow, decideBadge } from './badge-evaluation';

const row = (overrides: Partial<BadgeMemberRow> = {}): BadgeMemberRow => ({
  id: '01a2157c-3389-7006-b22b-30c15436a884',
  full_name: 'Lê Văn Ba Mươi',
  full_name_folded: 'le van ba muoi',
  date_of_birth: '1970-01-01',
  org_id: 'org',
  org_name: 'Chi bộ Vụ Pháp chế',
  org_path: '/a/',
  status: 'official',
  status_since: '1997-08-20',
  awarded: [],
  periods: [{ admitted: '1996-08-20', ended: null }],
  disciplines: [],
  seriously_ill: false,
  ...overrides,
});

describe('badge evaluation of a member row', () => {
  it('deducts the time between two admission periods, and a closed last period of someone out of the Party stays open', () => {
    const readmitted = row({ periods: [{ admitted: '1992-08-01', ended: '1996-08-01' }, { admitted: '2000-08-01', ended: null }] });
    expect(badgeCandidateOf(readmitted).deductedPeriods).toEqual([{ from: '1996-08-01', to: '2000-08-01', reason: 'khac' }]);
    expect(decideBadge(readmitted, '2026-09-02')).toMatchObject({ status: 'eligible', milestone: 30, reachDate: '2026-08-01' });
    const removed = row({ status: 'removed', periods: [{ admitted: '1990-01-01', ended: '2020-01-01' }] });
    expect(badgeCandidateOf(removed).deductedPeriods).toEqual([{ from: '2020-01-01', reason: 'khac' }]);
    expect(decideBadge(removed, '2026-09-02')).toMatchObject({ status: 'ineligible', reason: 'outside-party' });
  });

  it('treats a deceased record as died on its status date (posthumous) and keeps the last period of the dead closed', () => {
    const died = row({ status: 'deceased', status_since: '2026-05-01', periods: [{ admitted: '1997-01-10', ended: '2026-05-01' }] });
    expect(badgeCandidateOf(died)).toMatchObject({ diedOn: '2026-05-01', deductedPeriods: [] });
    expect(decideBadge(died, '2026-09-02')).toMatchObject({ status: 'eligible', basis: 'posthumous' });
  });

  it('lists a delayed member with the discipline that holds the award, in the caller\'s language', () => {
    const warned = row({ disciplines: [{ form: 'canh-cao', decidedOn: '2026-06-01', ref: '15-QĐ/ĐU' }, { form: 'khien-trach', decidedOn: '2026-06-02', ref: null }] });
    const decision = decideBadge(warned, '2026-09-02');
    expect(candidateRow(warned, decision, 'vi')).toMatchObject({ decision: 'delayed', notBefore: '2026-12-01', reasons: ['cảnh cáo 01/06/2026 (15-QĐ/ĐU)'] });
    expect(candidateRow(warned, decision, 'en')?.reasons).toEqual(['warning 01/06/2026 (15-QĐ/ĐU)']);
    expect(candidateRow(row(), decideBadge(row(), '2026-05-19'), 'vi')).toBeUndefined();
  });
});
