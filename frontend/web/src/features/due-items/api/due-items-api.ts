// "Việc cần làm" (GET /api/v1/me/due-items): the routes are new, so until the lead regenerates the SDK
// they are called through the app's HTTP client with these types, written from the gateway's DTOs.
import type { Api } from '../../../api/api-context';
import { apiErrorOf } from '../../../api/api-error';

export type DueItemKind = 'recognition' | 'ceremony' | 'badge' | 'transfer-confirm';

export interface DueItem {
  id: string;
  kind: DueItemKind;
  orgId: string;
  orgName: string;
  memberId: string | null;
  memberName: string | null;
  dueOn: string;
  daysLeft: number;
  detail: Record<string, string | number | null>;
  rule: string;
  computedOn: string;
}

export interface DueItemPage {
  computedOn: string | null;
  items: DueItem[];
  nextCursor: string | null;
}

export const DUE_ITEMS_PAGE = 100;

/** Sends an authorised GET and reads its JSON, failures as the app's ApiError. */
export async function getJson<T>(api: Api, path: string, query: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const response = await api.http.authorizedFetch(`${path}?${params.toString()}`, { method: 'GET', signal });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  return (await response.json()) as T;
}

export function listMyDueItems(api: Api, cursor?: string, signal?: AbortSignal): Promise<DueItemPage> {
  return getJson<DueItemPage>(api, '/api/v1/me/due-items', { limit: DUE_ITEMS_PAGE, cursor }, signal);
}
