import { configFields } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `FINANCE_*` (see the README's configuration table). */
export const financeConfigSchema = z.object({
  databaseUrl: configFields.postgresUrl(),
  natsUrl: configFields.natsUrl(),
  natsSubjectPrefix: z.string().regex(/^[a-z0-9_-]+$/).optional(),
  natsUser: configFields.natsUser(),
  natsPassword: configFields.natsPassword(),
  httpPort: configFields.port(3103),
  authContextKey: configFields.secret(),
  logLevel: configFields.logLevel(),
  migrateOnBoot: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});

export type FinanceConfig = z.infer<typeof financeConfigSchema>;
