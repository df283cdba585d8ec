import type { Response } from 'express';
import { etagOf } from '../common/http/if-match.decorator';
import { statusOf, type ApiClient } from './api-client';
import type { ApiClientDto } from './dto/api-client.dto';

export function toApiClientDto(client: ApiClient, now: Date = new Date()): ApiClientDto {
  return {
    id: client.id,
    clientId: client.clientId,
    name: client.name,
    orgId: client.orgId,
    permissions: client.permissions,
    status: statusOf(client, now),
    createdAt: client.createdAt.toISOString(),
    expiresAt: client.expiresAt?.toISOString() ?? null,
    revokedAt: client.revokedAt?.toISOString() ?? null,
    previousSecretValidUntil: client.previousSecretValidUntil?.toISOString() ?? null,
    version: client.version,
  };
}

export function withApiClientEtag(res: Response, client: ApiClientDto): ApiClientDto {
  res.setHeader('ETag', etagOf(client.version));
  return client;
}
