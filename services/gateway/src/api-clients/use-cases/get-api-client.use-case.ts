import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { isWithinScope, type ApiClient } from '../api-client';
import { ApiClientsRepository } from '../api-clients.repository';

/** One client the administrator may see; outside the administrator's scope it does not exist (404). */
@Injectable()
export class GetApiClientUseCase {
  constructor(@Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository) {}

  async execute(id: string, admin: Principal): Promise<ApiClient> {
    const client = await this.clients.findById(id);
    if (!client || !isWithinScope(client, admin.scopeOrgId)) throw new DomainError('API_CLIENTS.CLIENT_NOT_FOUND');
    return client;
  }
}
