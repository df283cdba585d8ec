import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listMyExports, type MemberExportPage } from '../api/member-export-api';
import { isUnfinished } from '../lib/export-progress';

/** Whether any export loaded so far is still being written (then the list is refreshed). */
export function anyUnfinished(pages: readonly MemberExportPage[] | undefined): boolean {
  return (pages ?? []).some((page) => page.items.some(isUnfinished));
}

/**
 * The caller's exports, newest first, a keyset page at a time ("Xem thêm"). While one of them is
 * queued or running the loaded pages are asked for again every `refreshMs` (default 2 s); once all
 * are finished, nothing more is asked. A failed refresh keeps the list shown and is tried again.
 */
export function useMyExports({ refreshMs = 2_000 }: { refreshMs?: number } = {}) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: ['member-exports', 'mine'],
    queryFn: ({ pageParam, signal }) => listMyExports(api, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (q) => (anyUnfinished(q.state.data?.pages) ? refreshMs : false),
    staleTime: 0,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
