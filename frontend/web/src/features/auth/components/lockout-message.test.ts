import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../i18n/messages-en';
import { messagesVi } from '../../../i18n/messages-vi';
import { lockoutMessage } from './lockout-message';

describe('lockoutMessage', () => {
  it('names the time the lock ends, in Viet Nam time, and the minutes to wait', () => {
    const now = new Date('2026-11-25T07:58:30Z'); // 14:58:30 in Ha Noi
    expect(lockoutMessage(messagesVi, 120, now)).toBe(
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Đồng chí có thể thử lại lúc 15:00 (sau khoảng 2 phút).',
    );
    expect(lockoutMessage(messagesEn, 30, now)).toContain('at 14:59 (in about 1 min)');
  });
});
