import type { Api } from '../api/api-context';
import { HttpClient } from '../api/http-client';
import { SessionTokens } from '../api/session-tokens';
import { requestLanguage } from '../i18n/i18n-context';
import { messagesEn } from '../i18n/messages-en';
import { messagesVi } from '../i18n/messages-vi';

/** The one HTTP client of the app, on the gateway's same origin. */
export function createAppApi(onSessionEnded: () => void): Api {
  const tokens = new SessionTokens();
  const http = new HttpClient({
    baseUrl: '/api/v1',
    tokens,
    language: requestLanguage,
    networkMessage: () => (requestLanguage() === 'en' ? messagesEn : messagesVi).errors.network,
    onSessionEnded,
  });
  return { http, tokens };
}
