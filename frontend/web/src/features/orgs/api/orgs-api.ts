// The org tree endpoints (/api/v1/orgs…) through the generated SDK. Changes send the version read
// as If-Match, so that an officer never overwrites a change they have not seen.
import type { CreateOrgDto, OrgPageDto, OrgResponseDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type Org = OrgResponseDto;
export type OrgPage = OrgPageDto;
export type OrgKind = Org['kind'];
export type CreateOrgInput = Pick<CreateOrgDto, 'parentId' | 'name' | 'shortName' | 'kind' | 'validFrom'>;

/** The kinds the API accepts (its enum), in the order of the hierarchy; which may sit under which is the server's rule data. */
export const ORG_KINDS: readonly OrgKind[] = [
  'trung-uong',
  'dang-bo-truc-thuoc-tw',
  'dang-bo-cap-tren-co-so',
  'dang-bo-co-so',
  'chi-bo-co-so',
  'dang-bo-bo-phan',
  'chi-bo-truc-thuoc',
];

const PAGE = 200;

/** Children of `parentId`, or the roots visible to the caller when it is null. */
export function listOrgChildren(api: Api, parentId: string | null, cursor?: string, signal?: AbortSignal): Promise<OrgPage> {
  return api.call((sdk) =>
    parentId === null
      ? sdk.listOrgs({ limit: PAGE, cursor, includeClosed: true }, { signal })
      : sdk.listOrgChildren({ id: parentId, limit: PAGE, cursor, includeClosed: true }, { signal }),
  );
}

export function searchOrgs(api: Api, q: string, signal?: AbortSignal): Promise<OrgPage> {
  return api.call((sdk) => sdk.searchOrgs({ q, limit: 20, includeClosed: true }, { signal }));
}

export function getOrg(api: Api, id: string, signal?: AbortSignal): Promise<Org> {
  return api.call((sdk) => sdk.getOrg({ id }, { signal }));
}

export async function listOrgAncestors(api: Api, id: string, signal?: AbortSignal): Promise<Org[]> {
  return (await api.call((sdk) => sdk.listOrgAncestors({ id }, { signal }))).items;
}

export function createOrg(api: Api, input: CreateOrgInput): Promise<Org> {
  return api.call((sdk) => sdk.createOrg({ body: input }));
}

export function renameOrg(api: Api, org: Org, change: { name?: string; shortName?: string }): Promise<Org> {
  return api.call((sdk) => sdk.updateOrg({ id: org.id, ifMatch: org.version, body: change }));
}

export function moveOrg(api: Api, org: Org, newParentId: string): Promise<Org> {
  return api.call((sdk) => sdk.moveOrg({ id: org.id, ifMatch: org.version, body: { newParentId } }));
}

export function closeOrg(api: Api, org: Org, validTo: string, reason?: string): Promise<Org> {
  return api.call((sdk) => sdk.closeOrg({ id: org.id, ifMatch: org.version, body: { validTo, reason } }));
}
