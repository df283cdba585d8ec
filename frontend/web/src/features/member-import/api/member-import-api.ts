// The member import (issue 10) through the generated SDK, except the upload (multipart) and the
// .xlsx downloads, which the SDK cannot express (see below).
import type { MemberImportResponseDto, MemberImportRowPageDto, MemberImportRowResponseDto, MemberImportRowErrorResponseDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';

export type MemberImport = MemberImportResponseDto;
export type ImportStatus = MemberImport['status'];
export type ImportRow = MemberImportRowResponseDto;
export type ImportRowError = MemberImportRowErrorResponseDto;
export type ImportRowPage = MemberImportRowPageDto;
export type RowFilter = 'all' | 'error' | 'valid' | 'duplicate';

export const IMPORT_ROWS_PAGE = 50;
/** The gateway's limit (MEMBER_IMPORT_MAX_BYTES): checked here too, so a big file is refused before it is sent. */
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;

/**
 * Sends the file as multipart/form-data (field "file"); the browser sets the boundary. Through the HTTP
 * client: the SDK's uploadMemberImport takes no body (the generator skips multipart request bodies).
 */
export async function uploadImport(api: Api, orgId: string, file: File): Promise<MemberImport> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await api.http.authorizedFetch(`/api/v1/orgs/${encodeURIComponent(orgId)}/member-imports`, { method: 'POST', body });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as MemberImport;
}

export function getImport(api: Api, id: string, signal?: AbortSignal): Promise<MemberImport> {
  return api.call((sdk) => sdk.getMemberImport({ id }, { signal }));
}

export function listImportRows(api: Api, id: string, filter: RowFilter, cursor: string | undefined, signal?: AbortSignal): Promise<ImportRowPage> {
  return api.call((sdk) => sdk.listMemberImportRows({ id, limit: IMPORT_ROWS_PAGE, cursor, status: filter === 'all' ? undefined : filter }, { signal }));
}

export function commitImport(api: Api, id: string): Promise<MemberImport> {
  return api.call((sdk) => sdk.commitMemberImport({ id }));
}

export const templatePath = '/api/v1/member-imports/template';
export const errorReportPath = (id: string) => `/api/v1/member-imports/${encodeURIComponent(id)}/error-report`;
