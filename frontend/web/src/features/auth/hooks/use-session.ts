import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { useApi } from '../../../api/api-context';
import type { TokenPair } from '../../../api/session-tokens';
import { fetchMe, logout, type Me } from '../api/auth-api';

export const ME_QUERY_KEY = ['me'] as const;

/** Whether this tab holds a session (an access or a refresh token); re-renders when it changes. */
export function useHasSession(): boolean {
  const { tokens } = useApi();
  return useSyncExternalStore(
    (listener) => tokens.subscribe(listener),
    () => tokens.hasSession(),
  );
}

/** The signed-in officer (GET /me), cached for the session. */
export function useMe() {
  const api = useApi();
  const hasSession = useHasSession();
  return useQuery<Me>({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => fetchMe(api, signal), enabled: hasSession, staleTime: 5 * 60_000 });
}

/** Stores a new token pair and forgets everything cached under the previous session. */
export function useStartSession(): (pair: TokenPair) => void {
  const { tokens } = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    (pair: TokenPair) => {
      queryClient.clear();
      tokens.store(pair);
    },
    [queryClient, tokens],
  );
}

/** Ends the session on the server (best effort) and here. */
export function useLogout(): () => Promise<void> {
  const api = useApi();
  const { tokens } = api;
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const refreshToken = tokens.refreshToken;
    tokens.clear();
    queryClient.clear();
    if (refreshToken) await logout(api, refreshToken).catch(() => undefined);
  }, [api, tokens, queryClient]);
}
