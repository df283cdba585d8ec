export type ActorType = 'user' | 'client' | 'system';

export interface ActorRef {
  type: ActorType;
  id: string;
  name: string;
}

/**
 * What the gateway asserts about the caller of a message. Signed by the gateway and
 * verified by every service; short-lived so that a captured context is useless soon.
 */
export interface AuthContextClaims {
  actor: ActorRef;
  roles: string[];
  permissions: string[];
  /** Root of the organisation subtree the actor may see; null for the system actor. */
  scopeOrgId: string | null;
  clearance: number;
  correlationId: string;
  /** Issued at / expires at, seconds since the epoch. */
  iat: number;
  exp: number;
}
