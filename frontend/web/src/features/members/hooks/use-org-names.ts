import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getOrg } from '../../orgs/api/orgs-api';

/**
 * Names of the orgs a record mentions, when the caller may read orgs (members:read); an org that
 * cannot be read (outside my scope: 404) has no name here and the caller shows a dash.
 */
export function useOrgNames(ids: readonly string[], canRead = true): Record<string, string | undefined> {
  const api = useApi();
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['org', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => getOrg(api, id, signal),
      enabled: canRead,
      staleTime: 60_000,
      retry: false,
    })),
  });
  return Object.fromEntries(unique.map((id, i) => [id, results[i]?.data?.name]));
}
