import { isWellFormedCorrelationId, resolveCorrelationId } from './correlation-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation id', () => {
  it.each([
    '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f',
    '01HZX3J5K8M9N0P1Q2R3S4T5V6',
    '4bf92f3577b34da6a3ce929d0e0e4736',
    'req_abc.def:42',
  ])('keeps the well-formed %p', (value) => {
    expect(isWellFormedCorrelationId(value)).toBe(true);
    expect(resolveCorrelationId(value)).toBe(value);
  });

  it.each([undefined, '', 'short', 'has spaces in it', 'line\nbreak-injected', '"quoted-value"', 'x'.repeat(65), 'đảng-viên-123'])(
    'replaces %p with a fresh UUID',
    (value) => {
      expect(resolveCorrelationId(value)).toMatch(UUID);
    },
  );

  it('takes the first of repeated headers', () => {
    expect(resolveCorrelationId(['first-id-1234', 'second-id-1234'])).toBe('first-id-1234');
  });

  it('generates a different id each time', () => {
    expect(resolveCorrelationId(undefined)).not.toBe(resolveCorrelationId(undefined));
  });
});
