import { REDACTED, sanitizeDetails } from './sanitize-details';

describe('sanitizeDetails', () => {
  it('redacts secret-named keys at any depth and keeps the rest', () => {
    const out = sanitizeDetails({
      username: 'admin',
      password: 'hunter2-secret-value',
      nested: { refresh_token: 'r', list: [{ clientSecret: 's', Authorization: 'Bearer x', name: 'ok' }] },
      newPassword: 'n',
      accessToken: 'a',
    });
    expect(out).toEqual({
      username: 'admin',
      password: REDACTED,
      nested: { refresh_token: REDACTED, list: [{ clientSecret: REDACTED, Authorization: REDACTED, name: 'ok' }] },
      newPassword: REDACTED,
      accessToken: REDACTED,
    });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|Bearer/);
  });

  it('bounds strings, arrays and size', () => {
    const out = sanitizeDetails({ s: 'x'.repeat(2_000), a: Array.from({ length: 100 }, (_, i) => i) });
    expect((out.s as string).length).toBeLessThan(510);
    expect(out.a).toHaveLength(50);
    const big = sanitizeDetails(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'y'.repeat(400)])));
    expect(big.truncated).toBe(true);
  });

  it('gives an empty object for nothing', () => {
    expect(sanitizeDetails(undefined)).toEqual({});
  });
});
