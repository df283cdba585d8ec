import { DomainError, FsBlobStore } from '@lienthong/platform';
import type { Request } from 'express';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { receiveXlsxUpload } from './xlsx-upload';

const BOUNDARY = '----lienthong-test-boundary';
const ZIP_HEAD = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A multipart body as a browser sends it, as the request stream busboy reads. */
function multipart(parts: { name: string; fileName?: string; body: Buffer }[], contentType = `multipart/form-data; boundary=${BOUNDARY}`): Request {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName ? `; filename="${part.fileName}"` : ''}`;
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.fileName ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
    chunks.push(part.body, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  const stream = Readable.from([Buffer.concat(chunks)]) as unknown as Request;
  (stream as { headers: Record<string, string> }).headers = { 'content-type': contentType };
  return stream;
}

describe('receiveXlsxUpload (the upload streamed into the blob store)', () => {
  let dir: string;
  let blobs: FsBlobStore;
  const key = 'member-imports/0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e90.xlsx';
  const stored = async () => (await readdir(join(dir, 'member-imports')).catch(() => [] as string[])).filter((f) => !f.endsWith('.tmp'));
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    const { code, details } = error as DomainError;
    return { code, detail: details?.[0]?.code, message: details?.[0]?.message };
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lt-upload-'));
    blobs = new FsBlobStore(dir);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the file field byte for byte under the key, with its UTF-8 name', async () => {
    const body = Buffer.concat([ZIP_HEAD, Buffer.alloc(5000, 7)]);
    const received = await receiveXlsxUpload(multipart([{ name: 'note', body: Buffer.from('x') }, { name: 'file', fileName: 'danh-sách.xlsx', body }]), blobs, key, 'vi');
    expect(received).toMatchObject({ fileName: 'danh-sách.xlsx', ref: { key, size: body.length } });
    expect((await readFile(join(dir, key))).equals(body)).toBe(true);
  });

  it('refuses bytes that are no workbook (415 notXlsx) and keeps nothing', async () => {
    const result = await refusal(receiveXlsxUpload(multipart([{ name: 'file', fileName: 'a.xlsx', body: Buffer.from('STT;Họ và tên\n1;An\n') }]), blobs, key, 'vi'));
    expect(result).toEqual({ code: 'COMMON.UNSUPPORTED_MEDIA_TYPE', detail: 'notXlsx', message: 'Tệp không phải bảng tính Excel .xlsx.' });
    expect(await stored()).toEqual([]);
  });

  it('refuses a file over the limit (413 tooLarge) and keeps nothing', async () => {
    const body = Buffer.concat([ZIP_HEAD, Buffer.alloc(300_000, 1)]);
    const result = await refusal(receiveXlsxUpload(multipart([{ name: 'file', fileName: 'lon.xlsx', body }]), blobs, key, 'en', 100_000));
    expect(result).toMatchObject({ code: 'COMMON.PAYLOAD_TOO_LARGE', detail: 'tooLarge', message: expect.stringContaining('0.1 MB limit') });
    expect(await stored()).toEqual([]);
  });

  it('answers 400 without a file field, 400 for an empty file, 415 when the request is not multipart', async () => {
    expect(await refusal(receiveXlsxUpload(multipart([{ name: 'note', body: Buffer.from('x') }]), blobs, key, 'vi'))).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', detail: 'required' });
    expect(await refusal(receiveXlsxUpload(multipart([{ name: 'file', fileName: 'rong.xlsx', body: Buffer.alloc(0) }]), blobs, key, 'vi'))).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', detail: 'empty' });
    expect(await refusal(receiveXlsxUpload(multipart([], 'application/json'), blobs, key, 'vi'))).toMatchObject({ code: 'COMMON.UNSUPPORTED_MEDIA_TYPE', detail: 'notMultipart' });
    expect(await stored()).toEqual([]);
  });
});
