import { configFields, serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `GATEWAY_*` (see the README's configuration table). */
export const gatewayConfigSchema = z.object({
  ...serviceConfigShape(3000),
  /** The gateway signs every user's context: its private key is required (services' is optional). */
  authContextPrivateKey: configFields.authContextPrivateKey(),
  host: z.string().min(1).default('0.0.0.0'),
  jwtSecret: configFields.secret(),
  /** Only read on the first boot, to create the `admin` account; absent → a generated one is printed once. */
  adminPassword: z.string().min(12, 'must be at least 12 characters').max(1000).optional(),
  rpcTimeoutMs: configFields.timeoutMs(5_000),
  webDistDir: z.string().min(1).optional(),
  /** Comma-separated origins (`https://host[:port]`) allowed to call the API from a browser page; empty → same-origin only. */
  corsOrigins: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be http(s)://host[:port] origins, comma-separated' }))),
  /** Requests per signed-in user or API client per window. */
  rateLimitPerSubject: z.coerce.number().int().min(1).default(1_200),
  /** Requests per address per window on routes that need no sign-in (login, refresh). */
  rateLimitPerAddress: z.coerce.number().int().min(1).default(300),
  rateLimitWindowSeconds: z.coerce.number().int().min(1).max(3600).default(60),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
