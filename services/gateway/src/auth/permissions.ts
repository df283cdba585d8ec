/** Every permission named in DESIGN.md's access model; roles (data, table `role_permission`) grant them. */
export const ALL_PERMISSIONS = [
  'documents:read',
  'documents:write',
  'documents:issue',
  'members:read',
  'members:write',
  /** A member record's sensitive fields (religion, ethnicity, family, health): Nghị định 13/2023/NĐ-CP. */
  'members:read-sensitive',
  /** Annual grading (366-QĐ/TW): open and close campaigns, propose and decide members' and orgs' levels. */
  'members:grade',
  'orgs:write',
  'finance:read',
  'finance:write',
  'resolutions:read',
  'resolutions:write',
  'admin:users',
  'admin:clients',
  /** The national working-day calendar's overrides (holidays, Tết, swapped days): system administrators. */
  'admin:calendar',
  'audit:read',
  /** Register and manage one's own webhooks (deliveries also need members:read). */
  'webhooks:manage',
] as const;

export type Permission = (typeof ALL_PERMISSIONS)[number];

/** The account created on first boot; it holds the `admin` role over the whole tree. */
export const BOOTSTRAP_ADMIN_USERNAME = 'admin';
