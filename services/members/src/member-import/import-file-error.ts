import type { Language } from '@lienthong/platform';

/** Why a whole file is refused (the import fails; nothing is written). */
export type ImportFileErrorCode = 'notXlsx' | 'encrypted' | 'unreadable' | 'noSheet' | 'headers' | 'tooManyRows' | 'empty';

/** A refusal of the whole file, in both languages (the import keeps both; the API answers in the caller's). */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly messages: Record<Language, string>,
  ) {
    super(messages.en);
    this.name = 'ImportFileError';
  }
}

export const fileErrors = {
  notXlsx: () => new ImportFileError('notXlsx', { vi: 'Tệp không phải bảng tính Excel .xlsx.', en: 'The file is not an Excel .xlsx workbook.' }),
  encrypted: () =>
    new ImportFileError('encrypted', {
      vi: 'Tệp được đặt mật khẩu (mã hóa). Hãy bỏ mật khẩu trong Excel rồi tải lên lại.',
      en: 'The file is password-protected (encrypted). Remove the password in Excel and upload it again.',
    }),
  unreadable: (detail: string) => new ImportFileError('unreadable', { vi: `Không đọc được tệp .xlsx (${detail}).`, en: `The .xlsx file cannot be read (${detail}).` }),
  noSheet: () => new ImportFileError('noSheet', { vi: 'Tệp không có trang tính nào.', en: 'The workbook has no worksheet.' }),
  headers: (missing: string[], unknown: string[]) =>
    new ImportFileError('headers', {
      vi: `Dòng tiêu đề (dòng 1) không đúng mẫu.${missing.length ? ` Thiếu cột: ${missing.join(', ')}.` : ''}${unknown.length ? ` Cột không có trong mẫu: ${unknown.join(', ')}.` : ''} Hãy dùng tệp mẫu.`,
      en: `The header row (row 1) does not match the template.${missing.length ? ` Missing: ${missing.join(', ')}.` : ''}${unknown.length ? ` Not in the template: ${unknown.join(', ')}.` : ''} Use the template file.`,
    }),
  tooManyRows: (max: number) =>
    new ImportFileError('tooManyRows', {
      vi: `Tệp có hơn ${max.toLocaleString('vi-VN')} dòng dữ liệu. Hãy chia thành nhiều tệp nhỏ hơn.`,
      en: `The file has more than ${max.toLocaleString('en-US')} data rows. Split it into smaller files.`,
    }),
  empty: () => new ImportFileError('empty', { vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', en: 'The file has no data rows under the header row.' }),
};
