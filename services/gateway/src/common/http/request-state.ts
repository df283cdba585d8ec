import type { Language, CallContext } from '@lienthong/platform';
import type { Request } from 'express';
import type { Principal } from '../../auth/principal';

/** What the gateway learns about a request on its way in. */
export interface RequestState {
  correlationId: string;
  language: Language;
  startedAt: bigint;
  /** Set by the auth guard once the bearer token is verified. */
  principal?: Principal;
  /** The signed auth context and ids to forward on every RPC this request makes. */
  callContext?: CallContext;
}

const states = new WeakMap<Request, RequestState>();

export function attachRequestState(req: Request, state: RequestState): RequestState {
  states.set(req, state);
  return state;
}

/** The state set by the first middleware; every request has one. */
export function requestState(req: Request): RequestState {
  const state = states.get(req);
  if (!state) throw new Error('Request state missing: the request middleware did not run');
  return state;
}

export function findRequestState(req: Request): RequestState | undefined {
  return states.get(req);
}
