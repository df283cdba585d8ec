import type { BlobStore } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { awardOccasionAt } from '../badges/use-cases/list-badge-candidates.use-case';
import { allBadgeCandidates } from '../member-export/badge-list-pages';
import { writeBadgeListXlsx } from '../member-export/badge-list-xlsx';
import { writeBlob } from '../member-export/blob-output';
import { badgeListFileName, memberListFileName } from '../member-export/export-file-names';
import { exportMemberList } from '../member-export/member-list-export';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import type { FinishedFile, MemberExportView } from './member-export-records';

/** Where an export's file is kept until it expires (one-off downloads live under `member-exports/`). */
export const exportBlobKey = (exportId: string): string => `member-export-jobs/${exportId}.xlsx`;

/**
 * Writes an export's file into the blob store with the same writers as the direct downloads (the
 * 7-HSĐV list, the badge list in the export's language); `onRows` hears the rows written after each
 * page. A failed write deletes what was stored (writeBlob).
 */
export async function writeExportFile(m: EntityManager, blobs: BlobStore, view: MemberExportView, onRows: (rowsSoFar: number) => Promise<void>): Promise<FinishedFile> {
  const key = exportBlobKey(view.id);
  if (view.kind === 'member-list') {
    const { ref, result } = await writeBlob(blobs, key, XLSX_CONTENT_TYPE, (out) => exportMemberList(m, view.orgPath, view.orgName, out, onRows));
    return { rows: result, fileName: memberListFileName(view.orgName), blobKey: ref.key, size: ref.size };
  }
  const occasion = awardOccasionAt(view.params.occasion ?? '', 'occasion', view.language);
  const search = { path: view.orgPath, occasion: occasion.date, milestone: view.params.milestone };
  const heading = { orgName: view.orgName, occasion: occasion.date, occasionName: occasion.name };
  const { ref, result } = await writeBlob(blobs, key, XLSX_CONTENT_TYPE, (out) => writeBadgeListXlsx(heading, allBadgeCandidates(m, search, view.language, onRows), out));
  return { rows: result, fileName: badgeListFileName(occasion.date, view.orgName), blobKey: ref.key, size: ref.size };
}
