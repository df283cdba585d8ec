import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../../api/api-context';
import { getCampaign, getRollup, listCampaigns, listMemberGradings, listMyGradings, type CampaignQuery, type MemberGradingQuery } from '../api/grading-api';

export const GRADING_KEY = ['grading'] as const;

export function useCampaigns(query: CampaignQuery) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: [...GRADING_KEY, 'campaigns', query],
    queryFn: ({ pageParam, signal }) => listCampaigns(api, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { ...result, items: result.data?.pages.flatMap((p) => p.items) ?? [] };
}

export function useCampaign(id: string) {
  const api = useApi();
  return useQuery({ queryKey: [...GRADING_KEY, 'campaign', id], queryFn: ({ signal }) => getCampaign(api, id, signal), retry: false });
}

export function useRollup(campaignId: string, orgId: string | undefined) {
  const api = useApi();
  return useQuery({ queryKey: [...GRADING_KEY, 'rollup', campaignId, orgId], queryFn: ({ signal }) => getRollup(api, campaignId, orgId, signal), enabled: campaignId !== '', retry: false, placeholderData: keepPreviousData });
}

export function useMemberGradings(campaignId: string, query: MemberGradingQuery) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: [...GRADING_KEY, 'members', campaignId, query],
    queryFn: ({ pageParam, signal }) => listMemberGradings(api, campaignId, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { ...result, items: result.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** After a step: every grading query of the app is read again (counts, steps and the cap change together). */
export function useRefreshGrading(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: GRADING_KEY }), [queryClient]);
}

export function useMyGradings() {
  const api = useApi();
  return useQuery({ queryKey: [...GRADING_KEY, 'mine'], queryFn: ({ signal }) => listMyGradings(api, signal), retry: false });
}
