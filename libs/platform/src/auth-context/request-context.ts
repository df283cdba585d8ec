import type { AuthContextClaims } from '@lienthong/contracts';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from '../errors/error-messages';

/** What a handler knows about the message it is serving. */
export interface RequestContext {
  correlationId: string;
  language: Language;
  auth?: AuthContextClaims;
  /** The signed context as received, to forward on calls this handler makes. */
  authToken?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
};
