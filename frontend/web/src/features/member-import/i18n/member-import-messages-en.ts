import type { memberImportMessagesVi } from './member-import-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The import wizard's words (English). */
export const memberImportMessagesEn: Widen<typeof memberImportMessagesVi> = {
  title: 'Import party members from Excel',
  open: 'Import from Excel',
  exportList: 'Export the list (form 7-HSĐV)',
  back: 'Back to the member roll',
  steps: { upload: 'Upload', preview: 'Preview', commit: 'Add to the roll', done: 'Result' },
  upload: {
    intro: 'Use the template: row 1 holds the headers (columns marked * are required), each row below is one member. Nothing is written until you press "Add to the roll".',
    template: 'Download the template',
    org: 'Party organisation receiving the members',
    orgHelp: 'Rows with an empty "Mã tổ chức đảng" column go to this organisation.',
    orgRequired: 'Choose a party organisation.',
    file: 'Excel file (.xlsx)',
    choose: 'Choose a file…',
    fileRequired: 'Choose an .xlsx file.',
    notXlsx: 'Only Excel .xlsx files are accepted.',
    tooLarge: 'The file is larger than 30 MB: split it into several files.',
    submit: 'Upload and check',
    sending: 'Uploading…',
  },
  progress: {
    reading: 'Reading and checking the file: {n} rows',
    committing: 'Adding to the roll: {done}/{total} members',
    committed: 'Added to the roll: {done}/{total} members',
    queued: 'Waiting to be processed…',
  },
  failed: 'The file was refused',
  tryAgain: 'Upload another file',
  preview: {
    counts: '{parsed} rows in all: {valid} valid, {invalid} with errors or duplicates.',
    filters: { all: 'All', error: 'Errors', valid: 'Valid', duplicate: 'Duplicates' },
    columns: { row: 'Row', name: 'Full name', result: 'Result' },
    ok: 'Valid',
    created: 'Added',
    empty: 'No rows.',
    more: 'Show more',
    commit: 'Add the {n} valid members to the roll',
    nothingValid: 'No valid row to add. Fix the file and upload it again.',
    fixAndReupload: 'Fix the file and upload again',
  },
  summary: {
    done: '{n} members added to the roll.',
    skipped: '{n} rows not added (errors or duplicates).',
    errorReport: 'Download the error report (.xlsx)',
    toList: 'Open the member roll',
    another: 'Import another file',
  },
  downloadFailed: 'The file could not be downloaded: {reason}',
};
