import express, { type NextFunction, type Request, type Response } from 'express';
import { join, resolve } from 'node:path';
import { isApiPath } from '../common/http/security-headers';

/** Vite names what it builds under /assets/ by content hash: a changed file is a new name. */
const HASHED_ASSETS = '/assets/';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Serves the SPA's built files, and `index.html` for any other GET outside `/api` so that
 * client-side routes survive a reload. `/api/**` and `/metrics` always reach Nest. Hashed
 * assets are cached for a year (`immutable`: a new build has new names); everything else,
 * `index.html` first, is revalidated on each visit so that a deployment shows at once.
 */
export function spaMiddleware(distDir: string) {
  const root = resolve(distDir);
  const assets = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (res) => {
      const url = (res.req as Request | undefined)?.path ?? '';
      res.setHeader('Cache-Control', url.startsWith(HASHED_ASSETS) ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache');
    },
  });
  const indexFile = join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    assets(req, res, () => {
      // A missing hashed asset is a 404, not the SPA's page (a stale tab asking for an old chunk).
      if (req.path.startsWith(HASHED_ASSETS)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      // No index.html (a build not made yet): fall through to the JSON 404.
      res.sendFile(indexFile, (error?: Error) => {
        if (error && !res.headersSent) next();
      });
    });
  };
}
