import { successionText } from './succession-text';

describe('successionText', () => {
  const link = { predecessorName: 'Chi bộ Vụ Tổng hợp', successorName: 'Chi bộ Vụ Hành chính', effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 12-QĐ/ĐU' };

  it('says a merge as an officer writes it, in Vietnamese and English', () => {
    expect(successionText('vi', { ...link, kind: 'merge' })).toBe(
      'Chi bộ Vụ Tổng hợp được hợp nhất vào Chi bộ Vụ Hành chính từ ngày 01/07/2025 (Quyết định số 12-QĐ/ĐU)',
    );
    expect(successionText('en', { ...link, kind: 'merge' })).toBe('Chi bộ Vụ Tổng hợp was merged into Chi bộ Vụ Hành chính from 01/07/2025 (Quyết định số 12-QĐ/ĐU)');
  });

  it('says a split and a rename-into', () => {
    expect(successionText('vi', { ...link, kind: 'split' })).toContain('được chia tách, Chi bộ Vụ Hành chính được thành lập từ ngày 01/07/2025');
    expect(successionText('vi', { ...link, kind: 'rename-into' })).toContain('được đổi thành Chi bộ Vụ Hành chính');
  });
});
