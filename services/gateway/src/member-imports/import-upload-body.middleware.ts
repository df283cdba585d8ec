import type { NextFunction, Request, Response } from 'express';

const UPLOAD_ROUTE = /^\/api\/v1\/orgs\/[^/]+\/member-imports\/?(\?.*)?$/;

/**
 * The one route that takes a file: its body is left unread for the upload handler to stream into
 * the blob store (after the auth guard), so the JSON-body middleware must not parse or refuse it.
 * The handler itself answers 415 for anything but multipart/form-data.
 */
export function importUploadBodyMiddleware() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (req.method === 'POST' && UPLOAD_ROUTE.test(req.originalUrl)) (req as Request & { _body?: boolean })._body = true;
    next();
  };
}
