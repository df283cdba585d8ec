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
  /** Above this many members in the subtree, the member list and badge list downloads answer 422: create a background export instead. */
  exportDirectMaxMembers: z.coerce.number().int().min(0).default(50_000),
  /** Days the change feed keeps changes; an older cursor answers 410. */
  changeFeedRetentionDays: z.coerce.number().int().min(1).max(3650).default(90),
  /** Webhooks to http://127.0.0.1|localhost (one-machine setups); otherwise https only. */
  webhookAllowLoopbackHttp: configFields.flag(false),
  /** Webhooks to private, link-local or other reserved addresses (SSRF guard off for them). */
  webhookAllowPrivateNetworks: configFields.flag(false),
  webhookTimeoutMs: configFields.timeoutMs(10_000),
  webhookMaxAttempts: z.coerce.number().int().min(1).max(100).default(8),
  /** A webhook is disabled after this many failed attempts in a row … */
  webhookDisableAfterFailures: z.coerce.number().int().min(1).max(10_000).default(20),
  /** … spanning at least this many hours. */
  webhookDisableAfterHours: z.coerce.number().min(0).max(24 * 30).default(24),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
