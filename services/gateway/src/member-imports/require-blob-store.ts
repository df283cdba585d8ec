import { DomainError, type BlobStore, type CallContext } from '@lienthong/platform';

const NO_BLOB_STORE = {
  vi: 'Chưa cấu hình nơi lưu tệp (blob store): chức năng nhập/xuất Excel chưa dùng được.',
  en: 'No blob store is configured: Excel import and export are unavailable.',
};

/** The gateway's blob store, or 503 when the deployment has none. */
export function requireBlobStore(blobs: BlobStore | null, caller: CallContext): BlobStore {
  if (!blobs) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', NO_BLOB_STORE[caller.language ?? 'vi']);
  return blobs;
}
