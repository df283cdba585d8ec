import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getMemberLifecycle, type LifecycleEvent, type MemberLifecycle } from '../api/lifecycle-api';

/**
 * The history of the lifecycle view, older keyset pages loaded on demand. The older pages hang on the
 * first page's cursor: once an action changes the first page, they are read again when asked for.
 */
export function useLifecycleHistory(memberId: string, view: Pick<MemberLifecycle, 'history' | 'historyNextCursor'>) {
  const api = useApi();
  const first = view.historyNextCursor ?? null;
  const older = useInfiniteQuery({
    queryKey: ['members', 'lifecycle-history', memberId, first],
    queryFn: ({ pageParam, signal }) => getMemberLifecycle(api, memberId, { cursor: pageParam }, signal),
    initialPageParam: first ?? '',
    getNextPageParam: (page) => page.historyNextCursor ?? undefined,
    enabled: false,
    retry: false,
  });
  const pages = older.data?.pages ?? [];
  const events: LifecycleEvent[] = [...view.history, ...pages.flatMap((page) => page.history)];
  const hasMore = first !== null && (pages.length === 0 || older.hasNextPage);
  const loadMore = () => void (pages.length === 0 ? older.refetch() : older.fetchNextPage());
  return { events, hasMore, loadMore, loading: older.isFetching, error: older.error };
}
