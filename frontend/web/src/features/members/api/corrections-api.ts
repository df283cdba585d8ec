// Correction requests: the officers' inbox of a subtree (close one: done or refused with a note),
// and a member's own requests with how each was closed.
import type { CorrectionPageDto, ResolveCorrectionDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';
import type { CorrectionRequest } from './members-api';

export type CorrectionPage = CorrectionPageDto;
export type CorrectionStatus = CorrectionRequest['status'];
export type ResolveCorrectionInput = ResolveCorrectionDto;

export const CORRECTION_PAGE_SIZE = 50;

export function listOrgCorrections(api: Api, orgId: string, status: CorrectionStatus | undefined, cursor: string | undefined, signal?: AbortSignal): Promise<CorrectionPage> {
  return api.call((sdk) => sdk.listOrgMemberCorrections({ id: orgId, status, cursor, limit: CORRECTION_PAGE_SIZE }, { signal }));
}

export function resolveCorrection(api: Api, id: string, body: ResolveCorrectionInput): Promise<CorrectionRequest> {
  return api.call((sdk) => sdk.resolveMemberCorrection({ id, body }));
}

export function listMyCorrections(api: Api, signal?: AbortSignal): Promise<CorrectionPage> {
  return api.call((sdk) => sdk.listMyMemberRecordCorrections({ limit: CORRECTION_PAGE_SIZE }, { signal }));
}
