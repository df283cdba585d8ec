import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../i18n/messages-en';
import { messagesVi } from '../../../i18n/messages-vi';
import { actionFilterOptions, actionLabel } from './action-label';

describe('actionLabel', () => {
  it('names a known action in Vietnamese and in English', () => {
    expect(actionLabel('orgs.create', messagesVi)).toBe('Thêm tổ chức đảng');
    expect(actionLabel('orgs.create', messagesEn)).toBe('Organisation created');
    expect(actionLabel('auth.login.failed', messagesVi)).toBe('Đăng nhập không thành công');
  });

  it('keeps an action added later readable through its area', () => {
    expect(actionLabel('webhooks.ping', messagesVi)).toBe('Webhook: ping');
    expect(actionLabel('users.unlock', messagesVi)).toBe('Tài khoản: unlock');
  });

  it('shows an unknown code as it is', () => {
    expect(actionLabel('test.future', messagesVi)).toBe('test.future');
    expect(actionLabel('nothing', messagesVi)).toBe('nothing');
  });

  it('offers every area as a prefix before the single actions', () => {
    const options = actionFilterOptions(messagesVi, (area) => `${area} (mọi thao tác)`);
    expect(options[0]).toEqual({ value: 'auth.', label: 'Đăng nhập (mọi thao tác)' });
    expect(options.find((o) => o.value === 'users.create')?.label).toBe('Tạo tài khoản');
    // Every prefix is a valid `action` filter for the API: /^[A-Za-z0-9._:-]{1,100}$/.
    for (const option of options) expect(option.value).toMatch(/^[A-Za-z0-9._:-]{1,100}$/);
  });

  it('has the same actions in both languages', () => {
    expect(Object.keys(messagesEn.auditActions).sort()).toEqual(Object.keys(messagesVi.auditActions).sort());
    expect(Object.keys(messagesEn.permissions).sort()).toEqual(Object.keys(messagesVi.permissions).sort());
  });
});
