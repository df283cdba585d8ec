import {
  createDataSource,
  CreateDeadLetter1796000000100,
  CreateEventInbox1796000000000,
  CreateJobTables1795700000300,
  CreateOrgReplica1796100000100,
  CreateReplicaWatermark1796100000000,
} from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { GatewayUserEntity } from '../auth/gateway-user.entity';
import { CreateGatewayUser1795634835063 } from './migrations/1795634835063-create-gateway-user';
import { CreateAuditEvent1796200000200 } from './migrations/1796200000200-create-audit-event';
import { CreateApiClients1796400000000 } from './migrations/1796400000000-create-api-clients';
import { CreateIdempotencyKey1796400000100 } from './migrations/1796400000100-create-idempotency-key';
import { CreateChangeLogAndWebhooks1796500000000 } from './migrations/1796500000000-create-change-log-and-webhooks';
import { CreateRoles1796200000000 } from './migrations/1796200000000-create-roles';
import { CreateRateLimitCounter1796300000000 } from './migrations/1796300000000-create-rate-limit-counter';
import { GrantSensitiveReadAndUnitAdmin1796300000100 } from './migrations/1796300000100-grant-sensitive-read-and-unit-admin';
import { GrantMembersGrade1796700000400 } from './migrations/1796700000400-grant-members-grade';
import { GrantAdminCalendar1796700000600 } from './migrations/1796700000600-grant-admin-calendar';
import { CreateRefreshTokenAndLoginThrottle1796200000100 } from './migrations/1796200000100-create-refresh-token-and-login-throttle';

/** Entities and migrations of the gateway database, listed explicitly (no globs: bundling-safe). */
export function createGatewayDataSource(url: string): DataSource {
  return createDataSource({
    service: 'gateway',
    url,
    entities: [GatewayUserEntity],
    migrations: [
      CreateGatewayUser1795634835063,
      // The org tree replica (members' facts): inbox, dead letters, watermark, the table; jobs for its nightly check.
      CreateEventInbox1796000000000,
      CreateDeadLetter1796000000100,
      CreateJobTables1795700000300,
      CreateReplicaWatermark1796100000000,
      CreateOrgReplica1796100000100,
      CreateRoles1796200000000,
      CreateRefreshTokenAndLoginThrottle1796200000100,
      // The audit log (append-only, monthly partitions).
      CreateAuditEvent1796200000200,
      // API clients (client credentials), idempotency keys, external references.
      CreateApiClients1796400000000,
      CreateIdempotencyKey1796400000100,
      // Request rate limits shared by the replicas.
      CreateRateLimitCounter1796300000000,
      GrantSensitiveReadAndUnitAdmin1796300000100,
      // The change feed and webhooks.
      CreateChangeLogAndWebhooks1796500000000,
      GrantMembersGrade1796700000400,
      GrantAdminCalendar1796700000600,
    ],
  });
}
