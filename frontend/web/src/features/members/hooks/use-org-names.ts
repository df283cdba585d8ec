import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getOrg } from '../../orgs/api/orgs-api';

/** Names of the orgs a record mentions (an org outside my scope answers 404: its id is shown instead). */
export function useOrgNames(ids: readonly string[]): Record<string, string> {
  const api = useApi();
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({ queryKey: ['org', id], queryFn: ({ signal }: { signal: AbortSignal }) => getOrg(api, id, signal), staleTime: 60_000, retry: false })),
  });
  return Object.fromEntries(unique.map((id, i) => [id, results[i]?.data?.name ?? id]));
}
