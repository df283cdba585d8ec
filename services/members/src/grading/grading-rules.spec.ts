import type { GradingLevelCode } from '@lienthong/contracts';
import type { DomainError } from '@lienthong/platform';
import { assertWithinCap, checkMark, hasBands } from './grading-rules';

const ON = '2025-12-31';
const refusal = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};
const tot = (n: number): GradingLevelCode[] => Array.from({ length: n }, () => 'hoan-thanh-tot');
const group = { name: 'Chi bộ Vụ Tổng hợp', kind: 'members' } as const;

describe('grading rules (366-QĐ/TW Điều 11)', () => {
  it('has point bands from 2025 on, none before (124-QĐ/TW had no point scale)', () => {
    expect(hasBands(2025)).toBe(true);
    expect(hasBands(2024)).toBe(false);
  });

  it('refuses a level above the band of the points, naming the band and the rule', () => {
    const e = refusal(() => checkMark({ points: 89, level: 'hoan-thanh-xuat-sac' }, ON, 'vi'));
    expect(e.code).toBe('COMMON.VALIDATION_FAILED');
    expect(e.details).toEqual([
      {
        field: 'level',
        code: 'aboveBand',
        message: 'level: 89 điểm thuộc khung "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm, Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11); không được xếp mức cao hơn',
      },
    ]);
    expect(refusal(() => checkMark({ points: 49, level: 'hoan-thanh' }, ON, 'en')).details?.[0]).toMatchObject({ field: 'level', code: 'aboveBand' });
  });

  it('takes a level at the band (bands inclusive at their lower bound), and a lower one only with a reason', () => {
    expect(() => checkMark({ points: 90, level: 'hoan-thanh-xuat-sac' }, ON, 'vi')).not.toThrow();
    expect(() => checkMark({ points: 70, level: 'hoan-thanh-tot' }, ON, 'vi')).not.toThrow();
    expect(() => checkMark({ points: 0, level: 'khong-hoan-thanh' }, ON, 'vi')).not.toThrow();
    expect(refusal(() => checkMark({ points: 95, level: 'hoan-thanh-tot' }, ON, 'vi')).details?.[0]).toMatchObject({ field: 'comment', code: 'reasonRequired' });
    expect(() => checkMark({ points: 95, level: 'khong-hoan-thanh', comment: 'Vi phạm kỷ luật trong năm' }, ON, 'vi')).not.toThrow();
  });

  it('allows one "xuất sắc" in five graded tốt or better (20%), not two in six', () => {
    expect(assertWithinCap(tot(4), null, 'hoan-thanh-xuat-sac', group, ON, 'vi')).toMatchObject({ base: 5, excellent: 1, maxExcellent: 1, withinCap: true });
    const e = refusal(() => assertWithinCap([...tot(4), 'hoan-thanh-xuat-sac'], null, 'hoan-thanh-xuat-sac', group, ON, 'vi'));
    expect(e.code).toBe('COMMON.RULE_VIOLATION');
    expect(e.message).toBe(
      'Vượt giới hạn "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ Vụ Tổng hợp: không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ trở lên ' +
        '(Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11). Với 6 đảng viên hoàn thành tốt trở lên chỉ được tối đa 1; quyết định này sẽ là 2.',
    );
    expect(e.details?.[0]).toMatchObject({ field: 'level', code: 'excellentCap' });
  });

  it('refuses lowering a tốt when the smaller base no longer carries the xuất sắc already decided', () => {
    const decided: GradingLevelCode[] = [...tot(4), 'hoan-thanh-xuat-sac'];
    expect(refusal(() => assertWithinCap(decided, 'hoan-thanh-tot', 'hoan-thanh', group, ON, 'vi')).code).toBe('COMMON.RULE_VIOLATION');
    expect(assertWithinCap([...tot(5), 'hoan-thanh-xuat-sac'], 'hoan-thanh-tot', 'hoan-thanh', group, ON, 'vi').withinCap).toBe(true);
  });

  it('lets a group already over the cap (an older decision) take changes that do not make it worse', () => {
    const over: GradingLevelCode[] = ['hoan-thanh-xuat-sac', 'hoan-thanh-xuat-sac', 'hoan-thanh-tot'];
    expect(assertWithinCap(over, 'hoan-thanh-tot', 'hoan-thanh-tot', group, ON, 'vi').withinCap).toBe(false);
    expect(assertWithinCap(over, 'hoan-thanh-xuat-sac', 'hoan-thanh-tot', group, ON, 'vi').excellent).toBe(1);
    expect(refusal(() => assertWithinCap(over, null, 'hoan-thanh-xuat-sac', group, ON, 'vi')).code).toBe('COMMON.RULE_VIOLATION');
  });
});
