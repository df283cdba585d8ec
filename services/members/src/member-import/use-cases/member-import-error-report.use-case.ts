import type { BlobFileDto, MemberImportErrorReportRequest } from '@lienthong/contracts';
import { DomainError, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { writeWorkbookBlob } from '../import-blob-files';
import { writeImportErrorReport } from '../import-error-report';
import { XLSX_CONTENT_TYPE } from '../import-template';
import { MemberImportAccess } from '../member-import-access';

const NOT_PARSED = { vi: 'Tệp chưa được đọc xong: chưa có báo cáo lỗi.', en: 'The file has not been read yet: there is no error report.' };

/** The error report of a parsed import, written to the blob store for the gateway to stream (then deleted by it). */
@Injectable()
export class MemberImportErrorReportUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: MemberImportErrorReportRequest, context: HandlerContext): Promise<BlobFileDto> {
    const found = await this.access.requireVisible(request.id, context);
    if (!['parsed', 'committing', 'committed'].includes(found.status)) throw new DomainError('COMMON.CONFLICT', NOT_PARSED[context.language]);
    const blobs = this.access.blobs(context.language);
    const [{ blob_key }] = await this.access.manager.query<{ blob_key: string }[]>(`SELECT blob_key FROM member_import WHERE id = $1`, [found.id]);
    const key = `member-exports/${found.id}-errors-${Date.now()}.xlsx`;
    const source = await blobs.get(blob_key);
    const { ref, result } = await writeWorkbookBlob(blobs, key, (out) => writeImportErrorReport(this.access.manager, found.id, source, context.language, out));
    const base = found.fileName.replace(/\.xlsx$/i, '');
    return { blobKey: ref.key, fileName: `${base}-loi.xlsx`, contentType: XLSX_CONTENT_TYPE, size: ref.size, rows: result, temporary: true };
  }
}
