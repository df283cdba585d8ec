import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listAuditEvents, type AuditQuery } from '../api/audit-api';

/** The audit log under the applied filters, a keyset page at a time ("show more" follows `nextCursor`). */
export function useAuditEvents(query: AuditQuery) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: ['audit-events', query],
    queryFn: ({ pageParam, signal }) => listAuditEvents(api, query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const events = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, events };
}
