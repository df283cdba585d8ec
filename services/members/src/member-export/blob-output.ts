import type { BlobRef, BlobStore } from '@lienthong/platform';
import { PassThrough, type Writable } from 'node:stream';

/**
 * Streams a file into the blob store while `write` produces it. A failed write deletes what was
 * stored. (The import's writeWorkbookBlob does the same for .xlsx only.)
 */
export async function writeBlob<T>(blobs: BlobStore, key: string, contentType: string, write: (output: Writable) => Promise<T>): Promise<{ ref: BlobRef; result: T }> {
  const pipe = new PassThrough();
  const stored = blobs.put(key, pipe, contentType);
  try {
    const result = await write(pipe);
    pipe.end();
    return { ref: await stored, result };
  } catch (error) {
    pipe.destroy(error instanceof Error ? error : new Error(String(error)));
    await stored.catch(() => undefined);
    await blobs.delete(key).catch(() => undefined);
    throw error;
  }
}

/** Letters and digits only, for file names: `phieu-dang-vien-nguyen-van-an.pdf`. */
export function fileSlug(text: string, fallback: string): string {
  const slug = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return slug.slice(0, 60) || fallback;
}
