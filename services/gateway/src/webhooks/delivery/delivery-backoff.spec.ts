import { deliveryBackoffMs } from './delivery-backoff';

describe('webhook delivery backoff', () => {
  const settings = { backoffBaseMs: 10_000, backoffMaxMs: 3_600_000 };

  it('doubles from the base up to the cap', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 20].map((n) => deliveryBackoffMs(n, settings, mid))).toEqual([10_000, 20_000, 40_000, 80_000, 3_600_000]);
  });

  it('jitters by ±20 %', () => {
    expect(deliveryBackoffMs(1, settings, () => 0)).toBe(8_000);
    expect(deliveryBackoffMs(1, settings, () => 0.999999)).toBe(12_000);
  });
});
