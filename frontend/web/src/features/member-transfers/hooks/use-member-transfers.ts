import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listMemberTransfers, transferDeadlines, type TransferDirection, type TransferState } from '../api/member-transfers-api';

/** The inbox or outbox of my subtree, a keyset page at a time. */
export function useMemberTransfers(direction: TransferDirection, filter: { state?: TransferState; overdue?: boolean }) {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: ['member-transfers', direction, filter],
    queryFn: ({ pageParam, signal }) => listMemberTransfers(api, direction, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { ...result, items: result.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** The deadlines the issue form shows as the officer types the two dates. */
export function useTransferDeadlines(movedOn: string | undefined, letterDate: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['member-transfer-deadlines', movedOn, letterDate],
    queryFn: ({ signal }) => transferDeadlines(api, movedOn as string, letterDate as string, signal),
    enabled: movedOn !== undefined && letterDate !== undefined,
    retry: false,
  });
}
