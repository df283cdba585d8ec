import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { BlobNotFoundError, S3BlobStore } from './s3-blob-store';

// s3rver speaks the S3 REST protocol (path-style URLs, multipart uploads, XML errors) in this
// process on loopback. It is not AWS, MinIO or Ceph: it checks the access key id but not SigV4
// signatures — docs/ops.md says what that leaves unexercised.
const BUCKET = 'lienthong-test';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A real server on loopback and a 17 MB multipart upload: more than the unit tier's 5 s on a busy machine.
jest.setTimeout(60_000);

describe('S3BlobStore (against s3rver on loopback)', () => {
  let dir: string;
  let server: S3rver;
  let endpoint: string;
  let store: S3BlobStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lt-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    const address: AddressInfo = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    store = new S3BlobStore({ bucket: BUCKET, prefix: 'test/documents/', region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });
  });
  afterEach(() => store.close());

  it('stores a stream, returns its size and sha256, reads it back, deletes it', async () => {
    const body = Buffer.from('Nghị quyết số 03-NQ/ĐU về công tác kiểm tra, giám sát', 'utf8');
    const ref = await store.put('imports/2026/nghi-quyet.txt', Readable.from([body]), 'text/plain; charset=utf-8');
    expect(ref).toEqual({
      key: 'imports/2026/nghi-quyet.txt',
      size: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      contentType: 'text/plain; charset=utf-8',
    });
    expect(await readAll(await store.get(ref.key))).toEqual(body);
    expect(await store.exists(ref.key)).toBe(true);
    await store.delete(ref.key);
    expect(await store.exists(ref.key)).toBe(false);
  });

  it('keeps objects under its prefix, so environments can share a bucket', async () => {
    await store.put('a.bin', Buffer.from('x'), 'application/octet-stream');
    const raw = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'test/' }));
    raw.destroy();
    expect(listed.Contents?.map((o) => o.Key)).toContain('test/documents/a.bin');
  });

  it('uploads a file larger than one part in several parts and hashes the whole of it', async () => {
    const body = Buffer.alloc(17 * 1024 * 1024 + 123);
    for (let i = 0; i < body.length; i += 4096) body[i] = i % 251;
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; i += 1024 * 1024) chunks.push(body.subarray(i, i + 1024 * 1024));
    const ref = await store.put('scans/big.pdf', Readable.from(chunks), 'application/pdf');
    expect(ref.size).toBe(body.length);
    expect(ref.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect((await readAll(await store.get('scans/big.pdf'))).equals(body)).toBe(true);
  });

  it('leaves no object when the source stream fails', async () => {
    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent++ < 2) this.push(Buffer.alloc(1024, 1));
        else this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put('x/broken.bin', failing, 'application/octet-stream')).rejects.toThrow('client went away');
    expect(await store.exists('x/broken.bin')).toBe(false);
  });

  it('answers a missing key with BlobNotFoundError (code ENOENT, like FsBlobStore)', async () => {
    const error = await store.get('nothing/here.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobNotFoundError);
    expect((error as BlobNotFoundError).code).toBe('ENOENT');
    expect(await store.exists('nothing/here.txt')).toBe(false);
    await expect(store.delete('nothing/here.txt')).resolves.toBeUndefined();
  });

  it.each(['../etc/passwd', 'a/../../b', '/abs', '', 'a\u0000b'])('refuses the key %j', async (key) => {
    await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid blob key/);
    await expect(store.get(key)).rejects.toThrow(/Invalid blob key/);
  });

  it('fails loudly with an unknown access key instead of pretending the blob is missing', async () => {
    const wrong = new S3BlobStore({
      bucket: BUCKET,
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'ROTATED-AWAY', secretAccessKey: 'S3RVER' },
    });
    await expect(wrong.put('a.txt', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Access Key Id/i);
    const error = await wrong.get('a.txt').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(BlobNotFoundError);
    expect((error as Error).name).toBe('InvalidAccessKeyId');
    wrong.close();
  });

  it('fails when the bucket does not exist', async () => {
    const missing = new S3BlobStore({ bucket: 'no-such-bucket', region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });
    await expect(missing.put('a.txt', Buffer.from('x'), 'text/plain')).rejects.toThrow(/bucket/i);
    missing.close();
  });
});

describe('S3BlobStore.fromUrl', () => {
  it('reads bucket, prefix, region, endpoint and path style from one setting', async () => {
    const store = S3BlobStore.fromUrl('s3://lienthong-prod/documents?region=ap-southeast-1&endpoint=https%3A%2F%2Fs3.example.vn&forcePathStyle=true');
    const config = (store as unknown as { client: S3Client }).client.config;
    expect(await config.region()).toBe('ap-southeast-1');
    expect(config.forcePathStyle).toBe(true);
    expect((store as unknown as { prefix: string }).prefix).toBe('documents/');
    store.close();
  });

  it.each([
    ['file:///var/lib/blobs', /must start with s3:\/\//],
    ['s3://AKIA:secret@bucket/x', /Secret/],
    ['s3://Bad_Bucket/x', /Invalid bucket/],
    ['s3://bucket/a%20b/', /Invalid blob prefix/],
  ])('refuses %s', (url, message) => {
    expect(() => S3BlobStore.fromUrl(url)).toThrow(message);
  });
});
