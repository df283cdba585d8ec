import express, { type NextFunction, type Request, type Response } from 'express';
import { join, resolve } from 'node:path';
import { isApiPath } from '../common/http/security-headers';

/**
 * Serves the SPA's built files, and `index.html` for any other GET outside `/api` so that
 * client-side routes survive a reload. `/api/**` and `/metrics` always reach Nest.
 */
export function spaMiddleware(distDir: string) {
  const root = resolve(distDir);
  const assets = express.static(root, { index: false, fallthrough: true, maxAge: '1h' });
  const indexFile = join(root, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    assets(req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      // No index.html (a build not made yet): fall through to the JSON 404.
      res.sendFile(indexFile, (error?: Error) => {
        if (error && !res.headersSent) next();
      });
    });
  };
}
