import { describe, expect, it } from 'vitest';
import { foldVietnamese, highlightMatches } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('drops tones and vowel marks and turns đ into d, keeping one character per character', () => {
    expect(foldVietnamese('Đảng bộ Văn phòng Trung ương')).toBe('dang bo van phong trung uong');
    expect(foldVietnamese('Chi bộ Vụ Tổng hợp – Văn phòng')).toBe('chi bo vu tong hop – van phong');
    expect(foldVietnamese('ĐẢNG ỦY KHỐI')).toBe('dang uy khoi');
    expect([...foldVietnamese('Nguyễn Thị Hường')]).toHaveLength([...'Nguyễn Thị Hường'].length);
  });

});

describe('highlightMatches', () => {
  it('marks every word of an unaccented query where it occurs in the accented name', () => {
    const parts = highlightMatches('Chi bộ Văn phòng Đảng ủy', 'van phong chi bo');
    expect(parts).toEqual([
      { text: 'Chi bộ Văn phòng', match: true },
      { text: ' Đảng ủy', match: false },
    ]);
    expect(highlightMatches('Đảng ủy Khối', 'khoi')).toEqual([
      { text: 'Đảng ủy ', match: false },
      { text: 'Khối', match: true },
    ]);
  });

  it('matches a query typed in decomposed form (some keyboards send base letter + marks)', () => {
    expect(highlightMatches('Văn phòng', 'Văn'.normalize('NFD'))).toEqual([
      { text: 'Văn', match: true },
      { text: ' phòng', match: false },
    ]);
  });

  it('returns the text whole when nothing matches or the query is blank', () => {
    expect(highlightMatches('Đảng bộ cơ sở', 'tai chinh')).toEqual([{ text: 'Đảng bộ cơ sở', match: false }]);
    expect(highlightMatches('Đảng bộ cơ sở', '   ')).toEqual([{ text: 'Đảng bộ cơ sở', match: false }]);
  });
});
