import type { LienThongClient } from '@lienthong/sdk';
import { createContext, useContext } from 'react';
import type { HttpClient } from './http-client';
import type { SessionTokens } from './session-tokens';

export interface Api {
  /** The generated SDK for signed-in calls (token, renewal, Accept-Language). */
  sdk: LienThongClient;
  /** The same SDK without a token: sign-in, sign-out, renewal. */
  publicSdk: LienThongClient;
  /** Runs an SDK call, its errors as the app's ApiError. */
  call: <T>(run: (sdk: LienThongClient) => Promise<T>) => Promise<T>;
  callPublic: <T>(run: (sdk: LienThongClient) => Promise<T>) => Promise<T>;
  http: HttpClient;
  tokens: SessionTokens;
}

export const ApiContext = createContext<Api | undefined>(undefined);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
