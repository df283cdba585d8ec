import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listOrgChildren } from '../../orgs/api/orgs-api';
import { getMemberCounts, type MemberCounts } from '../api/members-api';

export interface CountsTotal {
  onRoll: number;
  official: number;
  probationary: number;
  temporaryIn: number;
}

/**
 * Đảng số of a subtree: the chosen org, else my scope's root, else (the whole system) the sum over
 * the roots — the same members the list shows with no org chosen.
 */
export function useMemberCounts(orgId: string | undefined, scopeOrgId: string | null | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['members', 'counts', orgId ?? scopeOrgId ?? '*'],
    enabled: scopeOrgId !== undefined,
    queryFn: async ({ signal }): Promise<CountsTotal> => {
      const root = orgId ?? scopeOrgId;
      const ids = root ? [root] : (await listOrgChildren(api, null, undefined, signal)).items.map((org) => org.id);
      const all: MemberCounts[] = await Promise.all(ids.map((id) => getMemberCounts(api, id, signal)));
      return all.reduce<CountsTotal>(
        (sum, c) => ({ onRoll: sum.onRoll + c.onRoll, official: sum.official + c.official, probationary: sum.probationary + c.probationary, temporaryIn: sum.temporaryIn + c.temporaryIn }),
        { onRoll: 0, official: 0, probationary: 0, temporaryIn: 0 },
      );
    },
  });
}
