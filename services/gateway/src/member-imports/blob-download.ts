import type { BlobFileDto } from '@lienthong/contracts';
import type { BlobStore } from '@lienthong/platform';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Streams a file the members service wrote to the blob store, then deletes it when it was made
 * for this one download.
 */
export async function sendBlobFile(res: Response, blobs: BlobStore, file: BlobFileDto): Promise<void> {
  const body = await blobs.get(file.blobKey);
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  // No Content-Length: chunked, so the client's answer ends with res.end() (a client that had every
  // byte by length could close before the response's 'finish', and the audit hooks 'finish').
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  res.setHeader('Cache-Control', 'no-store');
  if (file.rows !== undefined) res.setHeader('X-Row-Count', String(file.rows));
  try {
    await pipeline(body, res);
  } finally {
    if (file.temporary) await blobs.delete(file.blobKey).catch(() => undefined);
  }
}
