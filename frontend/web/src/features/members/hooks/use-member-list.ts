import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listMembers, type MemberListQuery } from '../api/members-api';

/** The roll page by page (keyset cursors: the next page costs the same at any depth). */
export function useMemberList(query: MemberListQuery) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['members', 'list', query],
    queryFn: ({ pageParam, signal }) => listMembers(api, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
