/** The signed-in actor, as the gateway knows it for the length of one request. */
export interface Principal {
  /** Absent = a user. An API client (client credentials) says `client`. */
  kind?: 'user' | 'client';
  /** A user's id, or an API client's record id (its actor id in the auth context). */
  userId: string;
  /** An API client's public client id (`ltc_…`): its subject for rate limits; absent for users. */
  clientId?: string;
  username: string;
  fullName: string;
  roles: string[];
  permissions: string[];
  /** Root of the org subtree the actor may see; null = the whole tree. */
  scopeOrgId: string | null;
  /** Highest secrecy level the actor may read: 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật. */
  clearance: number;
}
