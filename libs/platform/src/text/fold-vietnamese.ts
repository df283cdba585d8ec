/**
 * Folds Vietnamese text for search: NFD, strip combining marks, đ → d, lower case,
 * collapse spaces. "Nguyễn Văn An" and "nguyen  van an" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
