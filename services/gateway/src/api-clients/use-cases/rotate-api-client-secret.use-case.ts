import { DomainError, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { RequestValidationError } from '../../common/validation/request-validation.error';
import { isWithinScope, statusOf } from '../api-client';
import { ApiClientAccessRepository } from '../api-client-access.repository';
import { newClientSecret, secretDigest } from '../api-client-secret';
import { toApiClientDto } from '../api-client.mapper';
import { ApiClientsRepository } from '../api-clients.repository';
import type { ApiClientWithSecretDto } from '../dto/api-client.dto';

export const DEFAULT_OVERLAP_MS = 24 * 60 * 60 * 1000;
export const MAX_OVERLAP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A new secret (returned this once); the current one keeps working until
 * `previousSecretValidUntil` so the client's system can switch without downtime. Tokens
 * already issued stay valid until they expire (≤ 15 min): rotation is not revocation.
 */
@Injectable()
export class RotateApiClientSecretUseCase {
  constructor(
    @Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository,
    @Inject(ApiClientAccessRepository) private readonly access: ApiClientAccessRepository,
  ) {}

  async execute(id: string, previousSecretValidUntil: string | undefined, admin: Principal): Promise<ApiClientWithSecretDto> {
    const until = overlapEnd(previousSecretValidUntil, Date.now());
    const secret = newClientSecret();
    const client = await this.clients.transaction(async (manager) => {
      const current = await this.clients.lock(id, manager);
      if (!current || !isWithinScope(current, admin.scopeOrgId)) throw new DomainError('API_CLIENTS.CLIENT_NOT_FOUND');
      if (statusOf(current) === 'revoked') throw new DomainError('API_CLIENTS.CLIENT_REVOKED');
      await this.clients.rotate(id, uuidv7(), secretDigest(secret), until, manager);
      return this.clients.findById(id, manager);
    });
    this.access.forget(id);
    if (!client) throw new DomainError('API_CLIENTS.CLIENT_NOT_FOUND');
    return { client: toApiClientDto(client), clientSecret: secret };
  }
}

function overlapEnd(requested: string | undefined, now: number): Date {
  if (requested === undefined) return new Date(now + DEFAULT_OVERLAP_MS);
  const at = new Date(requested).getTime();
  // A second of slack: "now" as the caller's clock saw it must still mean "at once".
  if (at < now - 1_000 || at > now + MAX_OVERLAP_MS) throw RequestValidationError.field('previousSecretValidUntil', 'overlapWindow', requested);
  return new Date(Math.max(at, now));
}
