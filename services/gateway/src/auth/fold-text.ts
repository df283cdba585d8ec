/** Lower case without diacritics ("Nguyễn Văn Đức" → "nguyen van duc"), for search. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchTextOf(username: string, fullName: string): string {
  return foldText(`${username} ${fullName}`);
}
