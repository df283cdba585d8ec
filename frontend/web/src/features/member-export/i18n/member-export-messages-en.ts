import type { MemberExportMessages } from './use-member-export-messages';

export const memberExportMessagesEn: MemberExportMessages = {
  printSheet: 'Print record sheet',
  printSheetHint: 'Download the record sheet as a PDF (A4) to print',
  sheetExcel: 'Download Excel',
  sheetExcelHint: 'Download the record sheet as Excel (.xlsx)',
  badgeExcel: 'Download Excel',
  badgeExcelHint: 'Download the badge proposals as Excel (.xlsx)',
  failed: 'The file could not be downloaded: {reason}',
  job: {
    title: { 'member-list': 'Export the member list (form 7-HSĐV)', 'badge-list': 'Export the badge proposals' },
    creating: 'Creating the export…',
    queued: 'The export is waiting for its turn…',
    running: 'Exporting the list… {done} / {total} rows',
    runningNoTotal: 'Exporting the list… {done} rows',
    downloading: 'Exported {rows} rows, downloading the file…',
    done: 'Downloaded {file} ({rows} rows). The server keeps the file for 24 hours.',
    failed: 'The export failed: {reason}',
    reconnecting: 'Connection lost, trying again…',
    myExports: 'See the files you exported',
    downloadAgain: 'Download again',
    close: 'Close',
    closeRunning: 'Close (the server goes on exporting)',
  },
};
