import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, invalidCursor, isIdKey, isKey, keysetPage } from './cursor';
import { uuidv7 } from './uuid-v7';

describe('uuidv7', () => {
  it('is a version-7 RFC 9562 UUID ordered by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });

  it('keeps creation order for ids made in the same millisecond', () => {
    const ids = Array.from({ length: 5_000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps an explicit earlier time as given', () => {
    const later = uuidv7(1_900_000_000_000);
    const earlier = uuidv7(1_899_999_999_000);
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13).replace('-', '')).toBe((1_899_999_999_000).toString(16).padStart(12, '0'));
  });
});

describe('cursor', () => {
  it('round-trips a sort key', () => {
    expect(decodeCursor(encodeCursor(['nguyen van an', 'id-1']), 2)).toEqual(['nguyen van an', 'id-1']);
    expect(decodeCursor(undefined, 2)).toBeUndefined();
  });

  it.each(['not-base64!', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses a cursor it did not issue: %s',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(DomainError);
    },
  );

  it('answers a refused cursor in the caller\'s language, the same for every list', () => {
    const refused = (lang?: 'vi' | 'en') => {
      try {
        decodeCursor(encodeCursor(['x']), 1, lang, isIdKey);
      } catch (error) {
        return (error as DomainError).toEnvelope();
      }
      throw new Error('accepted');
    };
    expect(refused('vi')).toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [{ field: 'cursor', code: 'invalidCursor', message: 'cursor: không phải con trỏ phân trang do API này cấp' }],
    });
    expect(refused('en').details).toEqual([{ field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' }]);
    expect(refused()).toEqual(invalidCursor().toEnvelope());
  });

  it('checks each place of a key: text, row id, calendar day or a check of its own', () => {
    const id = '0190a3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
    const accept = isKey('day', 'text', 'id', (v) => v === 'org');
    expect(accept(['2026-02-28', 'a', id, 'org'])).toBe(true);
    expect(accept(['2026-02-30', 'a', id, 'org'])).toBe(false);
    expect(accept(['2026-02-28', 1, id, 'org'])).toBe(false);
    expect(accept(['2026-02-28', 'a', 'not-an-id', 'org'])).toBe(false);
    expect(accept(['2026-02-28', 'a', id, 'name'])).toBe(false);
    expect(accept(['2026-02-28', 'a', id])).toBe(false);
    expect(isKey('int', 'text')([2026, 'a'])).toBe(true);
    expect(isKey('int', 'text')([2026.5, 'a'])).toBe(false);
    expect(isKey('int', 'text')(['2026', 'a'])).toBe(false);
    expect(decodeCursor(encodeCursor(['2026-02-28', id]), 2, 'en', isKey('day', 'id'))).toEqual(['2026-02-28', id]);
  });
});

describe('keysetPage', () => {
  const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];

  it('gives the last item\'s key as the cursor only when the extra row came back', () => {
    expect(keysetPage(rows, 2, (r) => r.n, (r) => [r.n])).toEqual({ items: [1, 2], nextCursor: encodeCursor([2]) });
    expect(keysetPage(rows, 3, (r) => r.n, (r) => [r.n])).toEqual({ items: [1, 2, 3], nextCursor: null });
    expect(keysetPage([], 3, (r: { n: number }) => r.n, (r) => [r.n])).toEqual({ items: [], nextCursor: null });
  });

  it('keeps a list\'s own published cursor format', () => {
    expect(keysetPage(rows, 1, (r) => r, (r) => [r.n], ([n]) => String(n)).nextCursor).toBe('1');
  });
});
