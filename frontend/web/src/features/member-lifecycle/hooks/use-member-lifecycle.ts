import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getMemberLifecycle } from '../api/lifecycle-api';

export const lifecycleKey = (memberId: string) => ['members', 'lifecycle', memberId] as const;

/** A member's computed lifecycle dates, party age and history. */
export function useMemberLifecycle(memberId: string) {
  const api = useApi();
  return useQuery({ queryKey: lifecycleKey(memberId), queryFn: ({ signal }) => getMemberLifecycle(api, memberId, {}, signal), staleTime: 0, retry: false });
}
