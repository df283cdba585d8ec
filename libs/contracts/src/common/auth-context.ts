export type ActorType = 'user' | 'client' | 'system';

export interface ActorRef {
  type: ActorType;
  id: string;
  name: string;
}

/**
 * What the gateway asserts about the caller of a message. Signed by the gateway and
 * verified by every service; short-lived so that a captured context is useless soon. The
 * correlation id is not part of it (it travels in the message headers), so one signed context
 * serves all of a principal's requests for a while.
 */
export interface AuthContextClaims {
  actor: ActorRef;
  roles: string[];
  permissions: string[];
  /** Root of the organisation subtree the actor may see; null for the system actor. */
  scopeOrgId: string | null;
  clearance: number;
  /** Issued at / expires at, seconds since the epoch. */
  iat: number;
  exp: number;
}
