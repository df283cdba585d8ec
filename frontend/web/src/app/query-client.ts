import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/**
 * A 4xx will not get better by asking again; a network blip or a 5xx gets one more try.
 * `onAnyError` sees every failed query (the app sends a required password change to its page).
 */
export function createQueryClient(onAnyError: (error: unknown) => void = () => undefined): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onAnyError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
