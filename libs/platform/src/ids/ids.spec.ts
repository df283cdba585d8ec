import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';
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
});
