import type { AuthContextClaims } from '@lienthong/contracts';

const ACTOR_TYPES = new Set(['user', 'client', 'system']);

/**
 * The signed claims have exactly the shape handlers rely on (a signature proves who wrote
 * them, not that the writer was right), and only the system actor carries the wildcard `*`.
 */
export function checkClaimsShape(value: unknown): value is AuthContextClaims {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const actor = c.actor as Record<string, unknown> | null | undefined;
  if (typeof actor !== 'object' || actor === null) return false;
  if (!ACTOR_TYPES.has(actor.type as string) || !nonEmpty(actor.id) || typeof actor.name !== 'string') return false;
  if (!stringArray(c.roles) || !stringArray(c.permissions)) return false;
  if (c.permissions.includes('*') && actor.type !== 'system') return false;
  if (c.scopeOrgId !== null && !nonEmpty(c.scopeOrgId)) return false;
  if (!Number.isInteger(c.clearance)) return false;
  return Number.isInteger(c.iat) && Number.isInteger(c.exp);
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const stringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
