import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { useMe } from '../../auth/hooks/use-session';
import { getOrg } from '../../orgs/api/orgs-api';
import { orgKey } from '../../orgs/hooks/use-org-detail';

/**
 * An organisation's name by id, shared with the rest of the app's cache (one read per org, kept five
 * minutes). Undefined while loading; null when it cannot be read (no members:read, or out of scope).
 */
export function useOrgName(id: string | null | undefined): string | null | undefined {
  const api = useApi();
  const canRead = useMe().data?.permissions.includes('members:read') ?? false;
  const query = useQuery({
    queryKey: orgKey(id ?? ''),
    queryFn: ({ signal }) => getOrg(api, id as string, signal),
    enabled: Boolean(id) && canRead,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!id || !canRead || query.isError) return null;
  return query.data?.name;
}
