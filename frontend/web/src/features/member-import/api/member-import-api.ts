// The member import (issue 10). The routes are new: until the lead regenerates the SDK they are
// called through the app's HTTP client with these types, written from the gateway's DTOs.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';

export type ImportStatus = 'queued' | 'parsing' | 'parsed' | 'failed' | 'committing' | 'committed';
export type RowFilter = 'all' | 'error' | 'valid' | 'duplicate';

export interface MemberImport {
  id: string;
  orgId: string;
  fileName: string;
  status: ImportStatus;
  fileError: { code: string; message: string } | null;
  rowsParsed: number;
  rowsValid: number;
  rowsInvalid: number;
  rowsCommitted: number;
  createdAt: string;
  updatedAt: string;
}

export interface ImportRowError {
  cell: string | null;
  field: string;
  code: string;
  message: string;
}

export interface ImportRow {
  rowNumber: number;
  fullName: string | null;
  memberId: string | null;
  errors: ImportRowError[];
}

export interface ImportRowPage {
  items: ImportRow[];
  nextCursor: string | null;
}

export const IMPORT_ROWS_PAGE = 50;
/** The gateway's limit (MEMBER_IMPORT_MAX_BYTES): checked here too, so a big file is refused before it is sent. */
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as T;
}

/** Sends the file as multipart/form-data (field "file"); the browser sets the boundary. */
export async function uploadImport(api: Api, orgId: string, file: File): Promise<MemberImport> {
  const body = new FormData();
  body.append('file', file, file.name);
  return json<MemberImport>(await api.http.authorizedFetch(`/api/v1/orgs/${encodeURIComponent(orgId)}/member-imports`, { method: 'POST', body }));
}

export async function getImport(api: Api, id: string, signal?: AbortSignal): Promise<MemberImport> {
  return json<MemberImport>(await api.http.authorizedFetch(`/api/v1/member-imports/${encodeURIComponent(id)}`, { method: 'GET', signal }));
}

export async function listImportRows(api: Api, id: string, filter: RowFilter, cursor: string | undefined, signal?: AbortSignal): Promise<ImportRowPage> {
  const params = new URLSearchParams({ limit: String(IMPORT_ROWS_PAGE) });
  if (filter !== 'all') params.set('status', filter);
  if (cursor) params.set('cursor', cursor);
  return json<ImportRowPage>(await api.http.authorizedFetch(`/api/v1/member-imports/${encodeURIComponent(id)}/rows?${params.toString()}`, { method: 'GET', signal }));
}

export async function commitImport(api: Api, id: string): Promise<MemberImport> {
  return json<MemberImport>(await api.http.authorizedFetch(`/api/v1/member-imports/${encodeURIComponent(id)}/commit`, { method: 'POST' }));
}

/** The name the server gave the file (Content-Disposition filename*), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Downloads an .xlsx the API answers (template, error report, list) and hands it to the browser to save. */
export async function downloadXlsx(api: Api, path: string, fallbackName: string): Promise<string> {
  const response = await api.http.authorizedFetch(path, { method: 'GET' });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export const templatePath = '/api/v1/member-imports/template';
export const errorReportPath = (id: string) => `/api/v1/member-imports/${encodeURIComponent(id)}/error-report`;
export const memberListPath = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/member-list.xlsx`;
