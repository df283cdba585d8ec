// An org's terms (nhiệm kỳ) and restructuring history (/api/v1/orgs/{id}/terms, /history) through the
// generated SDK. Closing a term sends the version read as If-Match.
import type { OpenOrgTermDto, OrgHistoryResponseDto, OrgTermResponseDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type OrgTerm = OrgTermResponseDto;
export type OrgHistory = OrgHistoryResponseDto;
export type OpenOrgTermInput = OpenOrgTermDto;

export async function listOrgTerms(api: Api, orgId: string, signal?: AbortSignal): Promise<OrgTerm[]> {
  return (await api.call((sdk) => sdk.listOrgTerms({ id: orgId }, { signal }))).items;
}

export function openOrgTerm(api: Api, orgId: string, body: OpenOrgTermInput): Promise<OrgTerm> {
  return api.call((sdk) => sdk.openOrgTerm({ id: orgId, body }));
}

export function closeOrgTerm(api: Api, term: OrgTerm, endDate: string): Promise<OrgTerm> {
  return api.call((sdk) => sdk.closeOrgTerm({ id: term.orgId, termId: term.id, ifMatch: term.version, body: { endDate } }));
}

export function getOrgHistory(api: Api, orgId: string, signal?: AbortSignal): Promise<OrgHistory> {
  return api.call((sdk) => sdk.getOrgHistory({ id: orgId }, { signal }));
}
