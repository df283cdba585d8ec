import type { Response } from 'express';

const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'X-DNS-Prefetch-Control': 'off',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
};

/** JSON answers never need to load anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The SPA and Swagger UI load their own scripts and styles, nothing from elsewhere. */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * What helmet would set, written out so that each header is visible and reviewed here.
 * API answers carry personal data (Nghị định 13/2023/NĐ-CP): no caching anywhere.
 */
export function setSecurityHeaders(res: Response, path: string): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  const isPage = !isApiPath(path) || path.startsWith('/api/docs');
  res.setHeader('Content-Security-Policy', isPage ? PAGE_CSP : API_CSP);
  if (!isPage) res.setHeader('Cache-Control', 'no-store');
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/metrics';
}
