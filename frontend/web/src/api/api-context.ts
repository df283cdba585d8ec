import { createContext, useContext } from 'react';
import type { HttpClient } from './http-client';
import type { SessionTokens } from './session-tokens';

export interface Api {
  http: HttpClient;
  tokens: SessionTokens;
}

export const ApiContext = createContext<Api | undefined>(undefined);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
