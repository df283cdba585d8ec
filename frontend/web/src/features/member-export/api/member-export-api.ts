// Printed forms and lists (issue 10 §2). The routes are new: until the lead regenerates the SDK they
// are called through the app's HTTP client.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';

export type RecordSheetFormat = 'pdf' | 'xlsx';

export const recordSheetPath = (memberId: string, format: RecordSheetFormat) => `/api/v1/members/${encodeURIComponent(memberId)}/record-sheet.${format}`;

export function badgeListPath(orgId: string, occasion: string, milestone?: number): string {
  const query = new URLSearchParams({ occasion });
  if (milestone !== undefined) query.set('milestone', String(milestone));
  return `/api/v1/orgs/${encodeURIComponent(orgId)}/badge-list.xlsx?${query.toString()}`;
}

/** The name the server gave the file (Content-Disposition filename*), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Downloads a file the API answers (the download is audited there) and hands it to the browser to save. */
export async function downloadFile(api: Api, path: string, fallbackName: string): Promise<string> {
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
