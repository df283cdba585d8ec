import { z } from 'zod';
import { AuthContextKeyError, parsePublicKeys, parseSigningKey } from '../auth-context/auth-context-keys';

/**
 * Reads `<PREFIX>_<KEY>` for every key of the schema (so that several services can run
 * in one process with their own settings), validates, and stops the boot with one line
 * per bad setting, naming the variable.
 */
export function loadConfig<S extends z.ZodObject>(
  prefix: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) raw[key] = env[`${prefix}_${toEnvName(key)}`];
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `  ${prefix}_${toEnvName(key)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration for ${prefix}:\n${lines.join('\n')}`);
  }
  return result.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `databaseUrl` → `DATABASE_URL`. */
export function toEnvName(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Common building blocks of the per-service schemas. */
export const configFields = {
  postgresUrl: () =>
    z.string({ error: 'is required' }).regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL'),
  natsUrl: () => z.string().regex(/^(nats|tls):\/\/.+/, 'must be a nats:// URL').optional(),
  /** Per-service NATS user (Kubernetes gives each service one, limited to its subjects). */
  natsUser: () => z.string().min(1).max(200).optional(),
  natsPassword: () => z.string().min(1).max(1000).optional(),
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  secret: () => z.string({ error: 'is required' }).min(32, 'must be at least 32 characters'),
  /** `<kid>=<Ed25519 private key, PKCS#8 PEM or base64 DER>`: signs auth contexts. */
  authContextPrivateKey: () => z.string({ error: 'is required' }).superRefine(validKey(parseSigningKey)),
  /** `<kid>=<Ed25519 public key, SPKI PEM or base64 DER>[,…]`: current and, while rotating, previous. */
  authContextPublicKeys: () => z.string({ error: 'is required' }).superRefine(validKey(parsePublicKeys)),
  logLevel: () => z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  timeoutMs: (fallback: number) => z.coerce.number().int().min(50).max(120_000).default(fallback),
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true'),
};

/** The settings every service and the gateway read under their own prefix. */
export function serviceConfigShape(defaultHttpPort: number) {
  return {
    databaseUrl: configFields.postgresUrl(),
    natsUrl: configFields.natsUrl(),
    natsSubjectPrefix: z.string().regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, - and _ only').optional(),
    natsUser: configFields.natsUser(),
    natsPassword: configFields.natsPassword(),
    httpPort: configFields.port(defaultHttpPort),
    /** Verifies the auth context of every message served. */
    authContextPublicKeys: configFields.authContextPublicKeys(),
    /** Needed by an app that signs (the gateway; a service keeping an org replica signs its snapshot requests). */
    authContextPrivateKey: configFields.authContextPrivateKey().optional(),
    logLevel: configFields.logLevel(),
    migrateOnBoot: configFields.flag(true),
    /** Replicas of the service's JetStream events stream `<APP>_EVENTS` when it creates it (3 in prod). */
    eventsStreamReplicas: z.coerce.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').default(1),
  };
}

/** A key setting's error as a config issue: the message names the key id, never the key. */
function validKey(parse: (setting: string) => unknown) {
  return (setting: string, ctx: z.RefinementCtx) => {
    try {
      parse(setting);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof AuthContextKeyError ? error.message : 'is not a usable key' });
    }
  };
}
