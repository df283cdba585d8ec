import type { MemberExportMessages } from './use-member-export-messages';

export const memberExportMessagesEn: MemberExportMessages = {
  printSheet: 'Print record sheet',
  printSheetHint: 'Download the record sheet as a PDF (A4) to print',
  sheetExcel: 'Download Excel',
  sheetExcelHint: 'Download the record sheet as Excel (.xlsx)',
  badgeExcel: 'Download Excel',
  badgeExcelHint: 'Download the badge proposals as Excel (.xlsx)',
  failed: 'The file could not be downloaded: {reason}',
};
