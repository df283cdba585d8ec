import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { searchOrgs } from '../api/orgs-api';

/** Server-side search (diacritics folded there, trigram index), asked 300 ms after typing stops. */
export function useOrgSearch(text: string) {
  const api = useApi();
  const q = useDebouncedValue(text.trim());
  return {
    q,
    ...useQuery({
      queryKey: ['orgs', 'search', q],
      queryFn: ({ signal }) => searchOrgs(api, q, signal),
      enabled: q.length > 0,
      placeholderData: keepPreviousData,
    }),
  };
}
