import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listBadgeCandidates, type BadgeQuery } from '../api/badges-api';

/** The badge register of an org's subtree at an occasion, a keyset page at a time. */
export function useBadgeCandidates(query: BadgeQuery | undefined) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: ['badge-candidates', query],
    queryFn: ({ pageParam, signal }) => listBadgeCandidates(api, query as BadgeQuery, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { ...result, items: result.data?.pages.flatMap((page) => page.items) ?? [], occasionName: result.data?.pages[0]?.occasionName };
}
