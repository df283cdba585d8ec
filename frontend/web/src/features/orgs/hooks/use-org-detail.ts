import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getOrg, listOrgAncestors } from '../api/orgs-api';

export const orgKey = (id: string) => ['org', id] as const;

/** One org as the server has it now (its version is what the next change sends as If-Match). */
export function useOrgDetail(id: string | undefined) {
  const api = useApi();
  const org = useQuery({ queryKey: orgKey(id ?? ''), queryFn: ({ signal }) => getOrg(api, id as string, signal), enabled: id !== undefined, staleTime: 0 });
  const ancestors = useQuery({
    queryKey: ['org', id, 'ancestors', org.data?.parentId],
    queryFn: ({ signal }) => listOrgAncestors(api, id as string, signal),
    enabled: id !== undefined && org.data !== undefined,
  });
  return { org, ancestors };
}
