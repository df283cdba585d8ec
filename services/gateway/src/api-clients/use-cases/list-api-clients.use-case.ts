import { decodeCursor, isKey, keysetPage, requestContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { toApiClientDto } from '../api-client.mapper';
import { ApiClientsRepository } from '../api-clients.repository';
import type { ApiClientPageDto } from '../dto/api-client.dto';
import type { ListApiClientsQueryDto } from '../dto/api-client-input.dto';

const DEFAULT_LIMIT = 50;

/** `GET /api-clients`: keyset pages by id (creation order) of the clients within the administrator's scope. */
@Injectable()
export class ListApiClientsUseCase {
  constructor(@Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository) {}

  async execute(query: ListApiClientsQueryDto, admin: Principal): Promise<ApiClientPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const [after] = decodeCursor(query.cursor, 1, requestContext.current()?.language, isKey('id')) ?? [];
    const rows = await this.clients.list(admin.scopeOrgId, query.orgId, after, limit + 1);
    return keysetPage(rows, limit, (c) => toApiClientDto(c), (c) => [c.id]);
  }
}
