import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { actionBody } from './action-body';
import { availableActions } from './available-actions';

describe('actionBody', () => {
  const d = (iso: string) => dayjs(iso, 'YYYY-MM-DD');

  it('sends a recognition with its paper and votes, dates as party dates, nothing empty', () => {
    const body = actionBody('recognition', {
      outcome: 'approved',
      consideredOn: d('2026-11-10'),
      votes: { inFavour: 7, eligible: 9 },
      decision: { number: ' 301-QĐ/ĐU ', date: d('2026-11-20'), issuer: 'Đảng ủy' },
      reason: '  ',
    });
    expect(body).toEqual({ outcome: 'approved', consideredOn: '2026-11-10', votes: { inFavour: 7, eligible: 9 }, decision: { number: '301-QĐ/ĐU', date: '2026-11-20', issuer: 'Đảng ủy' } });
  });

  it('leaves an optional paper out when its number is empty (a death, a failed vote)', () => {
    expect(actionBody('death', { effectiveOn: d('2026-08-10'), decision: { number: '', issuer: '' } })).toEqual({ effectiveOn: '2026-08-10' });
  });

  it('sends the ground of a removal and the effective date of a decided action', () => {
    expect(actionBody('removal', { ground: 'tu-y-tra-the', effectiveOn: d('2026-05-04'), decision: { number: '7', date: d('2026-05-04'), issuer: 'Đảng ủy' } })).toMatchObject({
      ground: 'tu-y-tra-the',
      effectiveOn: '2026-05-04',
    });
  });
});

describe('availableActions', () => {
  it('opens admission and ceremony only before the ceremony, recognition to a probationary member', () => {
    expect(availableActions({ status: 'probationary', ceremonyDate: null })).toEqual(['admission', 'ceremony', 'recognition', 'removal', 'expulsion', 'leaving', 'death']);
    expect(availableActions({ status: 'probationary', ceremonyDate: '2025-09-15' })).toEqual(['recognition', 'removal', 'expulsion', 'leaving', 'death']);
  });

  it('exempts an official member, brings an exempt one back, and offers nothing once the period ended', () => {
    expect(availableActions({ status: 'official', ceremonyDate: '2010-06-01' })).toContain('exemption');
    expect(availableActions({ status: 'exempt', ceremonyDate: '2010-06-01' })).toEqual(['exemption-end', 'removal', 'expulsion', 'leaving', 'death']);
    expect(availableActions({ status: 'deceased', ceremonyDate: '2010-06-01' })).toEqual([]);
  });
});
