import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BlobRef, BlobStore } from './blob-store';

/** Same rule as FsBlobStore, so a key that works in standalone works in Kubernetes too. */
const KEY_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._\-/]{0,254}$/;
const PREFIX_PATTERN = /^([a-zA-Z0-9][a-zA-Z0-9._-]*\/)*$/;
/** Parts of 8 MiB: a 1 GB scan is ~125 parts, far under S3's 10,000-part limit. */
const PART_SIZE = 8 * 1024 * 1024;

export interface S3BlobStoreOptions {
  bucket: string;
  /** Folder inside the bucket, one per environment or service (`prod/documents/`); ends with `/`. */
  prefix?: string;
  region: string;
  /** S3-compatible endpoint (MinIO, Ceph RGW, …); absent = AWS. */
  endpoint?: string;
  /** Most S3-compatible servers need path-style URLs (`endpoint/bucket/key`). */
  forcePathStyle?: boolean;
  /** Absent = the SDK's default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The error `get` throws for a missing key: same `code` as FsBlobStore's, so callers handle both alike. */
export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
  readonly code = 'ENOENT';
  constructor(key: string) {
    super(`Blob "${key}" not found`);
  }
}

/**
 * Blob store on S3-compatible storage (Kubernetes). Uploads stream through a hash and go up
 * in parts, so a large file never sits in memory; an upload that fails is aborted by the SDK
 * and leaves no object, because S3 only makes an object visible when the upload completes.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3BlobStoreOptions, client?: S3Client) {
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(options.bucket)) throw new Error(`Invalid bucket name "${options.bucket}"`);
    const prefix = options.prefix ?? '';
    if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid blob prefix "${prefix}": use folder names ending with "/"`);
    this.bucket = options.bucket;
    this.prefix = prefix;
    this.client = client ?? new S3Client(clientConfig(options));
  }

  /**
   * `s3://bucket/prefix/?region=…&endpoint=…&forcePathStyle=true` → a store. One setting per
   * environment; credentials stay out of the URL and come from the SDK's chain (a Secret's
   * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or the pod's web identity).
   */
  static fromUrl(url: string): S3BlobStore {
    const parsed = new URL(url);
    if (parsed.protocol !== 's3:') throw new Error('Blob store URL must start with s3://');
    if (parsed.username || parsed.password) throw new Error('Put S3 credentials in a Secret, not in the blob store URL');
    const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return new S3BlobStore({
      bucket: parsed.hostname,
      prefix: path === '' || path.endsWith('/') ? path : `${path}/`,
      region: parsed.searchParams.get('region') ?? 'us-east-1',
      endpoint: parsed.searchParams.get('endpoint') ?? undefined,
      forcePathStyle: parsed.searchParams.get('forcePathStyle') === 'true',
    });
  }

  async put(key: string, body: Readable | Buffer, contentType: string): Promise<BlobRef> {
    const objectKey = this.objectKey(key);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
    // An error on the source must reach the upload, which then aborts.
    source.on('error', (error) => meter.destroy(error));
    source.pipe(meter);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: objectKey, Body: meter, ContentType: contentType },
      partSize: PART_SIZE,
      queueSize: 2,
      leavePartsOnError: false,
    });
    await upload.done();
    return { key, size, sha256: hash.digest('hex'), contentType };
  }

  async get(key: string): Promise<Readable> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!(result.Body instanceof Readable)) throw new Error(`S3 returned no stream for "${key}"`);
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new BlobNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Deleting a missing key is not an error (S3 answers 204), as in FsBlobStore. */
  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  /** Closes the client's sockets (shutdown). */
  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    if (!KEY_PATTERN.test(key) || key.split('/').includes('..')) throw new Error(`Invalid blob key "${key}"`);
    return this.prefix + key;
  }
}

function clientConfig(options: S3BlobStoreOptions): S3ClientConfig {
  return {
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: options.credentials,
    // Checksums only when S3 requires them: many S3-compatible servers reject the SDK's default
    // CRC32 trailers on streamed bodies; integrity is ours anyway (sha256 in the BlobRef).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
  }
  return false;
}
