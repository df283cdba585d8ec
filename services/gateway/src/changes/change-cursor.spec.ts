import { RequestValidationError } from '../common/validation/request-validation.error';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';

describe('change feed cursor', () => {
  it('round-trips a seq, opaque to the client', () => {
    for (const seq of ['0', '1', '123456789012345678']) expect(decodeChangeCursor(encodeChangeCursor(seq))).toBe(seq);
    expect(encodeChangeCursor('42')).not.toContain('42');
  });

  it.each(['garbage', 'YzE6', Buffer.from('c1:-1').toString('base64url'), Buffer.from('c1:01').toString('base64url'), Buffer.from('c1:1 ').toString('base64url'), `${encodeChangeCursor('5')}=`])(
    'refuses %s as a 400 on `since`',
    (cursor) => {
      expect(() => decodeChangeCursor(cursor)).toThrow(RequestValidationError);
    },
  );
});
