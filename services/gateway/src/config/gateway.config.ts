import { configFields } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `GATEWAY_*` (see the README's configuration table). */
export const gatewayConfigSchema = z.object({
  databaseUrl: configFields.postgresUrl(),
  natsUrl: configFields.natsUrl(),
  natsSubjectPrefix: z.string().regex(/^[a-z0-9_-]+$/).optional(),
  natsUser: configFields.natsUser(),
  natsPassword: configFields.natsPassword(),
  httpPort: configFields.port(3000),
  host: z.string().min(1).default('0.0.0.0'),
  jwtSecret: configFields.secret(),
  authContextKey: configFields.secret(),
  /** Only read on the first boot, to create the `admin` account; absent → a generated one is printed once. */
  adminPassword: z.string().min(12, 'must be at least 12 characters').max(1000).optional(),
  rpcTimeoutMs: configFields.timeoutMs(5_000),
  webDistDir: z.string().min(1).optional(),
  logLevel: configFields.logLevel(),
  migrateOnBoot: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
