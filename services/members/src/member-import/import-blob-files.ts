import type { BlobRef, BlobStore } from '@lienthong/platform';
import { PassThrough, type Writable } from 'node:stream';
import { XLSX_CONTENT_TYPE } from './import-template';

/**
 * Streams a workbook straight into the blob store while `write` produces it (nothing held in
 * memory whole). A failed write deletes what was stored.
 */
export async function writeWorkbookBlob<T>(blobs: BlobStore, key: string, write: (output: Writable) => Promise<T>): Promise<{ ref: BlobRef; result: T }> {
  const pipe = new PassThrough();
  const stored = blobs.put(key, pipe, XLSX_CONTENT_TYPE);
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
