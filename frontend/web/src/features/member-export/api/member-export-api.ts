// Printed forms and lists (issue 10 §2). The files are downloaded with downloadFile (the SDK reads every
// answer as JSON and cannot hand over a file); the background exports are created and polled through the SDK.
import type { CreateMemberExportDto, MemberExportPageDto, MemberExportResponseDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type RecordSheetFormat = 'pdf' | 'xlsx';
export type MemberExport = MemberExportResponseDto;
export type MemberExportRequest = CreateMemberExportDto;
export type MemberExportPage = MemberExportPageDto;

export const recordSheetPath = (memberId: string, format: RecordSheetFormat) => `/api/v1/members/${encodeURIComponent(memberId)}/record-sheet.${format}`;

/** A background export of a large list (the member list, the badge list): the server writes the file, we poll it. */
export function createExport(api: Api, request: MemberExportRequest): Promise<MemberExport> {
  return api.call((sdk) => sdk.createMemberExport({ body: request }));
}

export function getExport(api: Api, id: string, signal?: AbortSignal): Promise<MemberExport> {
  return api.call((sdk) => sdk.getMemberExport({ id }, { signal }));
}

/** The caller's own exports, newest first, a keyset page at a time ("Tệp đã xuất"). */
export function listMyExports(api: Api, cursor: string | undefined, signal?: AbortSignal): Promise<MemberExportPage> {
  return api.call((sdk) => sdk.listMemberExports({ limit: 20, ...(cursor ? { cursor } : {}) }, { signal }));
}

/** The finished export's file (kept 24 hours on the server; each download is audited there). */
export const exportFilePath = (id: string) => `/api/v1/member-exports/${encodeURIComponent(id)}/file`;
