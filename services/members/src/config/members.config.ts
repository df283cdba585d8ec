import { configFields } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `MEMBERS_*` (see the README's configuration table). */
export const membersConfigSchema = z.object({
  databaseUrl: configFields.postgresUrl(),
  natsUrl: configFields.natsUrl(),
  natsSubjectPrefix: z.string().regex(/^[a-z0-9_-]+$/).optional(),
  natsUser: configFields.natsUser(),
  natsPassword: configFields.natsPassword(),
  httpPort: configFields.port(3101),
  authContextKey: configFields.secret(),
  logLevel: configFields.logLevel(),
  migrateOnBoot: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** `MEMBERS_SEED_DEMO=true`: create the demo org tree on boot when the org table is empty. */
  seedDemo: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** `MEMBERS_DIRECT_RPC_HTTP=true`: also serve `POST /rpc/<subject>` on the HTTP port (benchmark baseline). */
  directRpcHttp: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type MembersConfig = z.infer<typeof membersConfigSchema>;
