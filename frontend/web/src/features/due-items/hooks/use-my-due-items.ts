import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listMyDueItems } from '../api/due-items-api';

/** The signed-in officer's due items (latest daily run), a keyset page at a time. */
export function useMyDueItems(enabled: boolean) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: ['due-items', 'me'],
    queryFn: ({ pageParam, signal }) => listMyDueItems(api, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
    retry: false,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items, computedOn: result.data?.pages[0]?.computedOn ?? null };
}
