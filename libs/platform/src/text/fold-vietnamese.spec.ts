import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG  Thị   Hồng', 'dang thi hong'],
    ['Chi bộ Phòng Tổ chức', 'chi bo phong to chuc'],
    // NFD input (as some Excel files and macOS keyboards produce) folds the same as NFC.
    ['Nguye\u0302\u0303n', 'nguyen'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});
