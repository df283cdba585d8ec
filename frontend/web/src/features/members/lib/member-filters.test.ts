import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, filtersToQuery, listMatchesCounts } from './member-filters';

const ORG = '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70';

describe('member list filters', () => {
  it('round-trips through the URL', () => {
    const filters = { q: 'nguyen van', orgId: ORG, statuses: ['official' as const, 'probationary' as const], ageMin: 30, partyAgeMax: 10 };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(`q=nguyen+van&to-chuc=${ORG}&tinh-trang=official%2Cprobationary&tuoi-tu=30&tuoi-dang-den=10`);
    // Statuses come back in the order of the forms, whatever order the URL had.
    expect(filtersFromParams(params)).toEqual({ ...filters, statuses: ['probationary', 'official'] });
  });

  it('ignores malformed values in a hand-edited URL', () => {
    const params = new URLSearchParams('to-chuc=../../x&tinh-trang=official,hacked&tuoi-tu=-3&tuoi-den=1e3&tuoi-dang-tu=999');
    expect(filtersFromParams(params)).toEqual({ q: '', statuses: ['official'] });
  });

  it('asks for the đảng số statuses when none is chosen, so the list equals the counts', () => {
    const filters = filtersFromParams(new URLSearchParams(`to-chuc=${ORG}`));
    expect(filtersToQuery(filters)).toEqual({ orgId: ORG, status: ['probationary', 'official', 'exempt', 'temporarily-transferred-out'] });
    expect(listMatchesCounts(filters)).toBe(true);
    expect(listMatchesCounts({ ...filters, q: 'an' })).toBe(false);
    expect(listMatchesCounts({ ...filters, statuses: ['official'] })).toBe(false);
  });

  it('trims the search words and puts a reversed range the right way round', () => {
    const query = filtersToQuery({ q: '  nguyen   van  ', statuses: ['deceased'], ageMin: 60, ageMax: 30, partyAgeMin: 5 });
    expect(query).toEqual({ q: 'nguyen van', status: ['deceased'], ageMin: 30, ageMax: 60, partyAgeMin: 5 });
  });
});
