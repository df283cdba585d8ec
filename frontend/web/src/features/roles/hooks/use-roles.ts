import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { listRoles } from '../api/roles-api';

/** The roles (few, rarely changed): read once per session screen and kept for five minutes. */
export function useRoles() {
  const api = useApi();
  return useQuery({ queryKey: ['roles'], queryFn: ({ signal }) => listRoles(api, signal), staleTime: 5 * 60_000 });
}
