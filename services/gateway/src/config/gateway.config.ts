import { configFields, serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `GATEWAY_*` (see the README's configuration table). */
export const gatewayConfigSchema = z.object({
  ...serviceConfigShape(3000),
  host: z.string().min(1).default('0.0.0.0'),
  jwtSecret: configFields.secret(),
  /** Only read on the first boot, to create the `admin` account; absent → a generated one is printed once. */
  adminPassword: z.string().min(12, 'must be at least 12 characters').max(1000).optional(),
  rpcTimeoutMs: configFields.timeoutMs(5_000),
  webDistDir: z.string().min(1).optional(),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
