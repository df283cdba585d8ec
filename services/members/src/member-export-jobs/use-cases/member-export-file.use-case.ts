import type { MemberExportFileDto, MemberExportFileRequest } from '@lienthong/contracts';
import { DomainError, type HandlerContext, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { XLSX_CONTENT_TYPE } from '../../member-import/import-template';
import { exportToDto, MemberExportAccess } from '../member-export-access';
import type { MemberExportView } from '../member-export-records';

/** 409: the file is not there yet (queued, running: the rows so far), or never will be (failed: why) — said in a detail on `status`. */
function notReady(view: MemberExportView, language: Language): DomainError {
  const n = view.rowsWritten.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US');
  const messages: Record<Language, string> =
    view.status === 'failed'
      ? { vi: `status: lệnh xuất đã lỗi, không có tệp: ${view.error?.message.vi ?? ''}`, en: `status: the export failed, there is no file: ${view.error?.message.en ?? ''}` }
      : { vi: `status: tệp chưa xuất xong (đã ghi ${n} dòng); hãy đợi đến khi lệnh xuất ở trạng thái succeeded`, en: `status: the file is not written yet (${n} rows so far); wait until the export is succeeded` };
  return DomainError.localized('MEMBERS.EXPORT_NOT_READY', language, [{ field: 'status', code: view.status, message: messages[language].trim() }]);
}

/**
 * The file of the caller's own finished export, for the gateway to stream: never deleted by the
 * download (`temporary: false`), kept until it expires. Not finished → 409; expired (or its file
 * already gone) → 410.
 */
@Injectable()
export class MemberExportFileUseCase {
  constructor(@Inject(MemberExportAccess) private readonly access: MemberExportAccess) {}

  async execute(request: MemberExportFileRequest, context: HandlerContext): Promise<MemberExportFileDto> {
    const found = await this.access.requireMine(request.id, context);
    const blobs = this.access.blobs(context.language);
    const pastItsTime = found.expiresAt !== null && Date.parse(found.expiresAt) <= Date.now();
    if (found.status === 'expired' || (found.status === 'succeeded' && pastItsTime)) throw DomainError.localized('MEMBERS.EXPORT_EXPIRED', context.language);
    if (found.status !== 'succeeded' || !found.blobKey || !found.fileName) throw notReady(found, context.language);
    if (!(await blobs.exists(found.blobKey))) throw DomainError.localized('MEMBERS.EXPORT_EXPIRED', context.language);
    return {
      export: exportToDto(found, context.language),
      file: { blobKey: found.blobKey, fileName: found.fileName, contentType: XLSX_CONTENT_TYPE, size: found.size ?? 0, rows: found.rowsWritten, temporary: false },
    };
  }
}
