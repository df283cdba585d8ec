import { describe, expect, it } from 'vitest';
import { upcomingOccasions } from './badges-api';

describe('upcomingOccasions', () => {
  it('starts at the occasion on or after today and runs into the next years', () => {
    expect(upcomingOccasions('2026-11-26', 3)).toEqual(['2027-02-03', '2027-05-19', '2027-09-02']);
    expect(upcomingOccasions('2026-09-02', 2)).toEqual(['2026-09-02', '2026-11-07']);
    expect(upcomingOccasions('2026-01-01', 5)).toEqual(['2026-02-03', '2026-05-19', '2026-09-02', '2026-11-07', '2027-02-03']);
  });
});
