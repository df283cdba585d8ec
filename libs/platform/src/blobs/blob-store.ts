import type { Readable } from 'node:stream';

/** What travels in messages instead of a file. */
export interface BlobRef {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
}

/**
 * Files live here, never on the bus: a folder in standalone and compose, S3-compatible
 * storage in Kubernetes.
 */
export interface BlobStore {
  put(key: string, body: Readable | Buffer, contentType: string): Promise<BlobRef>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}
