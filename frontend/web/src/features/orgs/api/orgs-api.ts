// The org tree endpoints of the gateway (/api/v1/orgs…). Updates send the version as If-Match.
import type { HttpClient } from '../../../api/http-client';

export type OrgKind =
  | 'trung-uong'
  | 'dang-bo-truc-thuoc-tw'
  | 'dang-bo-cap-tren-co-so'
  | 'dang-bo-co-so'
  | 'chi-bo-co-so'
  | 'dang-bo-bo-phan'
  | 'chi-bo-truc-thuoc';

/** The kinds the API accepts (its enum); which may sit under which is the server's rule data. */
export const ORG_KINDS: readonly OrgKind[] = [
  'trung-uong',
  'dang-bo-truc-thuoc-tw',
  'dang-bo-cap-tren-co-so',
  'dang-bo-co-so',
  'chi-bo-co-so',
  'dang-bo-bo-phan',
  'chi-bo-truc-thuoc',
];

export interface Org {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  kind: OrgKind;
  status: 'active' | 'closed';
  validFrom: string;
  validTo: string | null;
  closeReason?: string;
  ancestorIds: string[];
  depth: number;
  childCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrgPage {
  items: Org[];
  nextCursor: string | null;
}

export interface CreateOrgInput {
  parentId: string | null;
  name: string;
  shortName: string;
  kind: OrgKind;
  validFrom: string;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** Children of `parentId`, or the roots visible to the caller when it is null. */
export async function listOrgChildren(http: HttpClient, parentId: string | null, cursor?: string, signal?: AbortSignal): Promise<OrgPage> {
  const query = { limit: 200, cursor, includeClosed: true };
  const path = parentId ? `/orgs/${parentId}/children` : '/orgs';
  return (await http.request<OrgPage>('GET', path, { query, signal })).data;
}

export async function searchOrgs(http: HttpClient, q: string, signal?: AbortSignal): Promise<OrgPage> {
  return (await http.request<OrgPage>('GET', '/orgs/search', { query: { q, limit: 20, includeClosed: true }, signal })).data;
}

export async function getOrg(http: HttpClient, id: string, signal?: AbortSignal): Promise<Org> {
  return (await http.request<Org>('GET', `/orgs/${id}`, { signal })).data;
}

export async function listOrgAncestors(http: HttpClient, id: string, signal?: AbortSignal): Promise<Org[]> {
  return (await http.request<{ items: Org[] }>('GET', `/orgs/${id}/ancestors`, { signal })).data.items;
}

export async function createOrg(http: HttpClient, input: CreateOrgInput): Promise<Org> {
  return (await http.request<Org>('POST', '/orgs', { body: input })).data;
}

export async function renameOrg(http: HttpClient, org: Org, change: { name?: string; shortName?: string }): Promise<Org> {
  return (await http.request<Org>('PATCH', `/orgs/${org.id}`, { body: change, headers: ifMatch(org.version) })).data;
}

export async function moveOrg(http: HttpClient, org: Org, newParentId: string): Promise<Org> {
  return (await http.request<Org>('POST', `/orgs/${org.id}/move`, { body: { newParentId }, headers: ifMatch(org.version) })).data;
}

export async function closeOrg(http: HttpClient, org: Org, validTo: string, reason?: string): Promise<Org> {
  return (await http.request<Org>('POST', `/orgs/${org.id}/close`, { body: { validTo, reason }, headers: ifMatch(org.version) })).data;
}
