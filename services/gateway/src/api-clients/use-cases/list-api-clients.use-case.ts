import { decodeCursor, DomainError, encodeCursor } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { toApiClientDto } from '../api-client.mapper';
import { ApiClientsRepository } from '../api-clients.repository';
import type { ApiClientPageDto } from '../dto/api-client.dto';
import type { ListApiClientsQueryDto } from '../dto/api-client-input.dto';

const DEFAULT_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /api-clients`: keyset pages by id (creation order) of the clients within the administrator's scope. */
@Injectable()
export class ListApiClientsUseCase {
  constructor(@Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository) {}

  async execute(query: ListApiClientsQueryDto, admin: Principal): Promise<ApiClientPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor === undefined ? undefined : afterIdOf(query.cursor);
    const rows = await this.clients.list(admin.scopeOrgId, query.orgId, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map((c) => toApiClientDto(c)), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }
}

function afterIdOf(cursor: string): string {
  const [id] = decodeCursor(cursor, 1) ?? [];
  if (typeof id === 'string' && UUID.test(id)) return id;
  throw new DomainError('COMMON.VALIDATION_FAILED', 'Invalid cursor', [
    { field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' },
  ]);
}
