import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FsBlobStore } from './fs-blob-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('FsBlobStore', () => {
  let dir: string;
  let store: FsBlobStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lt-blobs-'));
    store = new FsBlobStore(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores a stream and returns its size and sha256', async () => {
    const body = Buffer.from('Nghị quyết số 03-NQ/ĐU', 'utf8');
    const ref = await store.put('imports/2026/a.xlsx', Readable.from([body]), 'application/octet-stream');
    expect(ref).toEqual({
      key: 'imports/2026/a.xlsx',
      size: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      contentType: 'application/octet-stream',
    });
    expect(await readAll(await store.get(ref.key))).toEqual(body);
    expect(await store.exists(ref.key)).toBe(true);
    await store.delete(ref.key);
    expect(await store.exists(ref.key)).toBe(false);
  });

  it.each(['../etc/passwd', 'a/../../b', '/abs', '', 'a\u0000b'])('refuses the key %j', async (key) => {
    await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid blob key/);
  });

  it('leaves no partial file when the stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put('x/broken.bin', failing, 'application/octet-stream')).rejects.toThrow('client went away');
    expect(await readdir(join(dir, 'x'))).toEqual([]);
  });
});
