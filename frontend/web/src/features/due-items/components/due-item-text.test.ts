import { describe, expect, it } from 'vitest';
import type { DueItem } from '../api/due-items-api';
import { dueItemsMessagesVi } from '../i18n/due-items-messages-vi';
import { daysLeftColor, daysLeftText, dueItemWhat } from './due-item-text';

const item = (kind: DueItem['kind'], detail: DueItem['detail']): DueItem => ({
  id: 'x',
  kind,
  orgId: 'o',
  orgName: 'Chi bộ',
  memberId: 'm',
  memberName: 'Trần Thị Bình',
  dueOn: '2026-09-15',
  daysLeft: 3,
  detail,
  rule: '294-QĐ/TW',
  computedOn: '2026-09-12',
});

describe('due item text', () => {
  it('says how many days are left, today, or how late, with red for overdue and orange within a week', () => {
    expect(daysLeftText(5, dueItemsMessagesVi)).toBe('còn 5 ngày');
    expect(daysLeftText(0, dueItemsMessagesVi)).toBe('hôm nay');
    expect(daysLeftText(-3, dueItemsMessagesVi)).toBe('quá hạn 3 ngày');
    expect([daysLeftColor(-1), daysLeftColor(0), daysLeftColor(7), daysLeftColor(8)]).toEqual(['red', 'orange', 'orange', 'blue']);
  });

  it('says what each kind is about from its detail', () => {
    expect(dueItemWhat(item('recognition', { dueDate: '2026-08-01' }), dueItemsMessagesVi)).toBe('Hết dự bị ngày 01/08/2026');
    expect(dueItemWhat(item('ceremony', { decisionDate: '2026-07-20' }), dueItemsMessagesVi)).toBe('Quyết định kết nạp ngày 20/07/2026');
    expect(dueItemWhat(item('badge', { milestone: 30, basis: 'posthumous' }), dueItemsMessagesVi)).toBe('Huy hiệu 30 năm tuổi Đảng (truy tặng)');
    expect(dueItemWhat(item('transfer-confirm', { letterNumber: '88-GGT/ĐU' }), dueItemsMessagesVi)).toBe('Giấy giới thiệu số 88-GGT/ĐU');
    expect(dueItemWhat(item('grading', { title: 'Đánh giá năm 2026', toDecide: 4 }), dueItemsMessagesVi)).toBe(
      'Đánh giá năm 2026: còn 4 đảng viên chưa có quyết định xếp loại',
    );
  });
});
