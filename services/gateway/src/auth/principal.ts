/** The signed-in actor, as the gateway knows it for the length of one request. */
export interface Principal {
  userId: string;
  username: string;
  fullName: string;
  roles: string[];
  permissions: string[];
  /** Root of the org subtree the actor may see; null = the whole tree. */
  scopeOrgId: string | null;
  /** Highest secrecy level the actor may read: 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật. */
  clearance: number;
}
