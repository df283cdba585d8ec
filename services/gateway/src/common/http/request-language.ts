import type { Language } from '@lienthong/platform';

/**
 * Picks the answer language from `Accept-Language`: the first of vi/en by quality,
 * Vietnamese when the caller states neither (Vietnamese first, English second).
 */
export function requestLanguage(header: string | undefined): Language {
  if (!header) return 'vi';
  let best: { lang: Language; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}
