import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getMember } from '../api/members-api';

export const memberKey = (id: string) => ['members', 'record', id] as const;

/** One record as the server has it now (its version is what the next change sends as If-Match). */
export function useMember(id: string | undefined) {
  const api = useApi();
  return useQuery({ queryKey: memberKey(id ?? ''), queryFn: ({ signal }) => getMember(api, id as string, signal), enabled: id !== undefined, staleTime: 0, retry: false });
}
