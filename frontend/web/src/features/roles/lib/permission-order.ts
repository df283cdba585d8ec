/** Permission codes in the dictionary's order (reading, then writing, area by area), unknown ones last. */
export function inDictionaryOrder(codes: readonly string[], dictionary: Record<string, string>): string[] {
  const order = Object.keys(dictionary);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
