import { requestLanguage } from './request-language';

describe('requestLanguage', () => {
  it.each<[string | undefined, 'vi' | 'en']>([
    [undefined, 'vi'],
    ['', 'vi'],
    ['*', 'vi'],
    ['fr-FR', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en;q=0.5, vi;q=0.8', 'vi'],
    ['fr, en;q=0.7', 'en'],
    ['en;q=0', 'vi'],
    ['EN-gb', 'en'],
  ])('%p → %s', (header, expected) => {
    expect(requestLanguage(header)).toBe(expected);
  });
});
