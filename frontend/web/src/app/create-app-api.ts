import { createLienThongClient, type LienThongClient } from '@lienthong/sdk';
import type { Api } from '../api/api-context';
import { HttpClient } from '../api/http-client';
import { sdkCall } from '../api/sdk-call';
import { SessionTokens } from '../api/session-tokens';
import { requestLanguage } from '../i18n/i18n-context';
import { messagesEn } from '../i18n/messages-en';
import { messagesVi } from '../i18n/messages-vi';

const networkMessage = () => (requestLanguage() === 'en' ? messagesEn : messagesVi).errors.network;

/**
 * The app's one way to the gateway: the generated SDK (same origin, paths /api/v1/…) over the
 * session transport. One retry, only when it comes quickly: a locked sign-in's Retry-After (a
 * minute) is shown to the officer, not waited for.
 */
export function createAppApi(onSessionEnded: () => void): Api {
  const tokens = new SessionTokens();
  const sdkOver = (fetch: (input: string, init: RequestInit) => Promise<Response>): LienThongClient =>
    createLienThongClient({ baseUrl: '', fetch, language: requestLanguage, retries: 1, maxRetryDelayMs: 3_000 });
  // The public client's fetch is bound late: the transport it runs on needs it for renewals.
  const publicSdk = sdkOver((input, init) => http.publicFetch(input, init));
  const http = new HttpClient({
    tokens,
    language: requestLanguage,
    networkMessage,
    renewTokens: (refreshToken) => sdkCall(() => publicSdk.refreshSession({ body: { refreshToken } }, { retries: 0 }), networkMessage),
    onSessionEnded,
  });
  const sdk = sdkOver(http.authorizedFetch);
  return {
    sdk,
    publicSdk,
    call: (run) => sdkCall(() => run(sdk), networkMessage),
    callPublic: (run) => sdkCall(() => run(publicSdk), networkMessage),
    http,
    tokens,
  };
}
