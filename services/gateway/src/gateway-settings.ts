import type { AuthContextSigner, BlobStore, Logger, OrgReplica, RpcTransport, ServiceEvents } from '@lienthong/platform';
import { DEFAULT_RPC_TIMEOUT_MS } from '@lienthong/platform';
import type { INestApplication } from '@nestjs/common';
import type { LoginProtectionSettings } from './auth/login-protection.settings';
import { resolveChangeFeedSettings, type ChangeFeedSettings } from './changes/change-feed.settings';
import { resolveMemberExportSettings, type MemberExportSettings } from './member-exports/member-export.settings';
import { resolveWebhookSettings, type WebhookSettings } from './webhooks/webhook.settings';
import type { RateLimitSettings } from './security/rate-limit/rate-limit.settings';

export interface GatewayAppSettings {
  databaseUrl: string;
  /** 0 = a free port, chosen by the OS. */
  httpPort: number;
  /** Default 127.0.0.1; `main.ts` (containers) passes 0.0.0.0. */
  host?: string;
  /** Signs the bearer JWTs (HS256); at least 32 characters. */
  jwtSecret: string;
  /** Password of `admin` when the first boot creates it; absent → generated and returned once. */
  adminPassword?: string;
  rpcTimeoutMs?: number;
  /** Serve the SPA's built files (and index.html for client routes) outside `/api`. */
  webDistDir?: string;
  migrateOnBoot?: boolean;
  /** Sign-in lockout thresholds and back-off; defaults in `auth/login-protection.settings.ts` (tests shorten them). */
  loginProtection?: Partial<LoginProtectionSettings>;
  /** Requests per subject / per address and window; defaults in `security/rate-limit/rate-limit.settings.ts`. */
  rateLimit?: Partial<RateLimitSettings>;
  /** Origins (`https://host[:port]`) a browser page may call the API from; none → same-origin only. */
  corsOrigins?: string[];
  /** Change feed retention and page scan; defaults in `changes/change-feed.settings.ts`. */
  changeFeed?: Partial<ChangeFeedSettings>;
  /** Webhook URL policy, timeouts, retries, disabling; defaults in `webhooks/webhook.settings.ts`. */
  webhooks?: Partial<WebhookSettings>;
  /** The largest subtree a member list or badge list is written for inside the request; defaults in `member-exports/member-export.settings.ts`. */
  memberExports?: Partial<MemberExportSettings>;
}

export interface GatewayRuntime {
  transport: RpcTransport;
  logger: Logger;
  /** Signs the auth context sent with every RPC (Ed25519, the gateway's private key; services hold the public keys). */
  signer: AuthContextSigner;
  /** Collect Node's process metrics: once per process, so only when the gateway runs alone. */
  processMetrics?: boolean;
  /** Facts from the services: the gateway keeps its org tree replica from them. Absent → no replica. */
  events?: ServiceEvents;
  /** Where uploads go (member import files) and downloads come from: the same store as the services'. Absent → those routes answer 503. */
  blobStore?: BlobStore;
}

export interface RunningGateway {
  app: INestApplication;
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  /** Set only on the boot that created `admin` with a generated password: print once, never log. */
  generatedAdminPassword?: string;
  /** The org tree replica, when the runtime has a fact stream. */
  orgReplica?: OrgReplica;
  close(): Promise<void>;
}

/** What the app and its providers (GATEWAY_SETTINGS) read: every default applied, the feature settings resolved whole. */
export type ResolvedGatewaySettings = Required<Omit<GatewayAppSettings, 'adminPassword' | 'webDistDir' | 'changeFeed' | 'webhooks' | 'memberExports'>> &
  Pick<GatewayAppSettings, 'adminPassword' | 'webDistDir'> & { changeFeed: ChangeFeedSettings; webhooks: WebhookSettings; memberExports: MemberExportSettings };

const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** Defaults, and the checks a settings object from any caller (launcher, main, tests) must pass. */
export function resolveGatewaySettings(settings: GatewayAppSettings): ResolvedGatewaySettings {
  if (settings.jwtSecret.length < 32) throw new Error('jwtSecret must be at least 32 characters');
  if (settings.adminPassword !== undefined && settings.adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(`adminPassword must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`);
  }
  return {
    ...settings,
    host: settings.host ?? '127.0.0.1',
    rpcTimeoutMs: settings.rpcTimeoutMs ?? DEFAULT_RPC_TIMEOUT_MS,
    migrateOnBoot: settings.migrateOnBoot ?? true,
    loginProtection: settings.loginProtection ?? {},
    rateLimit: settings.rateLimit ?? {},
    corsOrigins: settings.corsOrigins ?? [],
    changeFeed: resolveChangeFeedSettings(settings.changeFeed),
    webhooks: resolveWebhookSettings(settings.webhooks),
    memberExports: resolveMemberExportSettings(settings.memberExports),
  };
}
