/**
 * Folds Vietnamese for matching as the server's search does: no diacritics, đ → d, lower case.
 * "Đảng bộ Văn phòng" → "dang bo van phong". Each input character maps to exactly one output
 * character, so positions in the folded text are positions in the original (for highlighting).
 */
export function foldVietnamese(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLocaleLowerCase('vi');
    const folded = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/\p{Mn}/gu, '');
    // Keep one character per input character (NFD of a precomposed letter is base + marks).
    out += folded.length === 1 ? folded : lower;
  }
  return out;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts where each word of `query` (folded) is found, for showing why a search
 * result matched: "chi bo van phong" marks "Chi bộ" and "Văn phòng" in "Chi bộ Văn phòng Đảng ủy".
 */
export function highlightMatches(text: string, query: string): TextPart[] {
  // Some keyboards send decomposed text (base letter + combining marks): compose it first.
  const words = foldVietnamese(query.normalize('NFC')).split(/\s+/).filter(Boolean);
  const chars = [...text];
  const folded = [...foldVietnamese(text)];
  if (words.length === 0 || folded.length !== chars.length) return [{ text, match: false }];
  const marked = new Array<boolean>(chars.length).fill(false);
  const haystack = folded.join('');
  for (const word of words) {
    for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) {
      for (let i = at; i < at + [...word].length; i++) marked[i] = true;
    }
  }
  // A space between two marked words is part of the match ("Chi bộ", not "Chi" + "bộ").
  for (let i = 1; i < chars.length - 1; i++) if (/\s/.test(chars[i] ?? '') && marked[i - 1] && marked[i + 1]) marked[i] = true;
  const parts: TextPart[] = [];
  chars.forEach((char, i) => {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += char;
    else parts.push({ text: char, match: marked[i] ?? false });
  });
  return parts;
}
