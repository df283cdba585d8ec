import { MEMBER_IMPORT_MAX_BYTES } from '@lienthong/contracts';
import { DomainError, type BlobRef, type BlobStore, type Language } from '@lienthong/platform';
import busboy from 'busboy';
import type { Request } from 'express';
import { Transform, type TransformCallback } from 'node:stream';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an encrypted .xlsx or an old .xls (the members service explains which). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const TEXT = {
  notMultipart: {
    vi: 'Hãy gửi tệp dạng multipart/form-data, trường "file".',
    en: 'Send the file as multipart/form-data, field "file".',
  },
  notXlsx: { vi: 'Tệp không phải bảng tính Excel .xlsx.', en: 'The file is not an Excel .xlsx workbook.' },
  tooLarge: {
    vi: 'Tệp lớn hơn giới hạn {mb} MB. Hãy chia thành nhiều tệp nhỏ hơn.',
    en: 'The file is larger than the {mb} MB limit. Split it into smaller files.',
  },
  noFile: { vi: 'Thiếu tệp (trường "file").', en: 'The file is missing (field "file").' },
  empty: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
};

class UploadRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

const DETAIL_CODES = { notXlsx: 'notXlsx', notMultipart: 'notMultipart', tooLarge: 'tooLarge', noFile: 'required', empty: 'empty' } as const;

/** The envelope's message is the code's; what is wrong with the file is in its one detail (field "file"). */
function refused(kind: keyof typeof DETAIL_CODES, language: Language, maxBytes = MEMBER_IMPORT_MAX_BYTES): DomainError {
  const message = TEXT[kind][language].replace('{mb}', String(Math.round((maxBytes / 1024 / 1024) * 100) / 100));
  const details = [{ field: 'file', code: DETAIL_CODES[kind], message }];
  if (kind === 'notXlsx' || kind === 'notMultipart') return new DomainError('COMMON.UNSUPPORTED_MEDIA_TYPE', message, details);
  if (kind === 'tooLarge') return new DomainError('COMMON.PAYLOAD_TOO_LARGE', message, details);
  return new DomainError('COMMON.VALIDATION_FAILED', message, details);
}

/** Passes bytes on once the first four say zip (an .xlsx) or OLE; anything else fails the stream. */
function signatureCheck(language: Language): Transform {
  let head = Buffer.alloc(0);
  let checked = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (checked) return done(null, chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length < 4) return done();
      checked = true;
      const magic = head.subarray(0, 4);
      if (!magic.equals(ZIP) && !magic.equals(OLE)) return done(new UploadRefused(refused('notXlsx', language)));
      done(null, head);
    },
    flush(done: TransformCallback) {
      if (!checked) return done(new UploadRefused(refused(head.length === 0 ? 'empty' : 'notXlsx', language)));
      done();
    },
  });
}

export interface ReceivedFile {
  ref: BlobRef;
  fileName: string;
}

/**
 * Streams the multipart field "file" of `req` straight into the blob store under `key` (never
 * whole in memory, never over the bus): 415 when the request is not multipart or the bytes are
 * not a workbook, 413 above MEMBER_IMPORT_MAX_BYTES, 400 without a file. A refused or broken
 * upload leaves no blob behind.
 */
export function receiveXlsxUpload(req: Request, blobs: BlobStore, key: string, language: Language, maxBytes = MEMBER_IMPORT_MAX_BYTES): Promise<ReceivedFile> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) {
    req.resume();
    return Promise.reject(refused('notMultipart', language));
  }
  return new Promise<ReceivedFile>((resolve, reject) => {
    let stored: Promise<ReceivedFile> | undefined;
    let settled = false;
    /** The first refusal wins over what the blob store's pipeline reports after it (premature close). */
    let refusal: UploadRefused | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe();
      req.resume();
      void blobs.delete(key).catch(() => undefined);
      const cause = refusal ?? error;
      reject(cause instanceof UploadRefused ? cause.error : cause instanceof Error ? cause : new Error(String(cause)));
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 } });
    } catch {
      return fail(refused('notMultipart', language));
    }
    parser.on('file', (name, file, info) => {
      if (name !== 'file' || stored) {
        file.resume();
        return;
      }
      const checked = signatureCheck(language);
      checked.on('error', (error) => {
        if (error instanceof UploadRefused) refusal ??= error;
      });
      file.on('limit', () => {
        refusal ??= new UploadRefused(refused('tooLarge', language, maxBytes));
        checked.destroy(refusal);
      });
      file.pipe(checked);
      stored = blobs.put(key, checked, XLSX_CONTENT_TYPE).then((ref) => ({ ref, fileName: safeFileName(info.filename) }));
      stored.catch(fail);
    });
    parser.on('error', fail);
    parser.on('close', () => {
      if (!stored) return fail(refused('noFile', language));
      stored.then((file) => {
        if (settled) return;
        settled = true;
        resolve(file);
      }, fail);
    });
    req.pipe(parser);
  });
}

/** The name as the officer's computer gave it, without a path; `tep-tai-len.xlsx` when absent. */
function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.normalize('NFC').trim() ?? '';
  return base.length > 0 ? base.slice(0, 255) : 'tep-tai-len.xlsx';
}
