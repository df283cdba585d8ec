import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { isWithinScope, type ApiClient } from '../api-client';
import { ApiClientAccessRepository } from '../api-client-access.repository';
import { ApiClientsRepository } from '../api-clients.repository';

/**
 * Revokes a client for good: no new token, and its tokens are refused by the bearer guard at
 * once on this gateway (the cache is forgotten) and within 2 s on the others. Revoking a
 * revoked client answers it as it is.
 */
@Injectable()
export class RevokeApiClientUseCase {
  constructor(
    @Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository,
    @Inject(ApiClientAccessRepository) private readonly access: ApiClientAccessRepository,
  ) {}

  async execute(id: string, admin: Principal): Promise<ApiClient> {
    const client = await this.clients.findById(id);
    if (!client || !isWithinScope(client, admin.scopeOrgId)) throw new DomainError('API_CLIENTS.CLIENT_NOT_FOUND');
    await this.clients.revoke(id, admin.userId);
    this.access.forget(id);
    const revoked = await this.clients.findById(id);
    if (!revoked) throw new DomainError('API_CLIENTS.CLIENT_NOT_FOUND');
    return revoked;
  }
}
