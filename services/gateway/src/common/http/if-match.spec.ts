import { RequestValidationError } from '../validation/request-validation.error';
import { etagOf, expectedVersionOf, matchesAnyTag } from './if-match.decorator';

describe('If-Match', () => {
  it('round-trips the ETag of a version', () => {
    expect(etagOf(7)).toBe('"7"');
    expect(expectedVersionOf(etagOf(7))).toBe(7);
    expect(expectedVersionOf(' "12" ')).toBe(12);
  });

  it.each([undefined, '', '   '])('is required (%p)', (header) => {
    expect(() => expectedVersionOf(header)).toThrow(expect.objectContaining({ code: 'COMMON.PRECONDITION_REQUIRED' }) as Error);
  });

  it.each(['7', 'W/"7"', '*', '"0"', '"-1"', '"1.5"', '"7", "8"', '"abc"', '"1234567890123456"'])('refuses %p', (header) => {
    expect(() => expectedVersionOf(header)).toThrow(RequestValidationError);
  });

  it('compares If-None-Match weakly, against any tag of a list', () => {
    expect(matchesAnyTag('"3"', '"3"')).toBe(true);
    expect(matchesAnyTag('W/"3"', '"3"')).toBe(true);
    expect(matchesAnyTag('"1", "3"', '"3"')).toBe(true);
    expect(matchesAnyTag('*', '"3"')).toBe(true);
    expect(matchesAnyTag('"2"', '"3"')).toBe(false);
  });
});
