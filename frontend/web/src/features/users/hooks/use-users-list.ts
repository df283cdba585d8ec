import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { listUsers } from '../api/users-api';

export const usersKey = ['users', 'list'] as const;

/**
 * Accounts by username, a page at a time (keyset cursor: "show more" appends the next page, never
 * an offset). The search, diacritics optional, is the server's; it is asked 300 ms after typing stops.
 */
export function useUsersList(text: string) {
  const api = useApi();
  const q = useDebouncedValue(text.trim());
  const query = useInfiniteQuery({
    queryKey: [...usersKey, q],
    queryFn: ({ pageParam, signal }) => listUsers(api, q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const users = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, users, q };
}
