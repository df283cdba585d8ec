import { DomainError, uuidv7, type CallContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { MembersClient } from '../../clients/members.client';
import { RequestValidationError } from '../../common/validation/request-validation.error';
import { newClientId, newClientSecret, secretDigest } from '../api-client-secret';
import { toApiClientDto } from '../api-client.mapper';
import { ApiClientsRepository } from '../api-clients.repository';
import type { ApiClientWithSecretDto } from '../dto/api-client.dto';
import type { CreateApiClientDto } from '../dto/api-client-input.dto';

/** Permissions an API client can never hold: a client must not administer accounts or other clients. */
const NOT_GRANTABLE = /^admin:/;

/**
 * Registers a client for an organisation within the administrator's scope (the members service
 * answers 404 for an org outside it, with the administrator's own signed context), with a subset
 * of the administrator's own permissions. The secret is returned this once.
 */
@Injectable()
export class CreateApiClientUseCase {
  constructor(
    @Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository,
    @Inject(MembersClient) private readonly members: MembersClient,
  ) {}

  async execute(input: CreateApiClientDto, admin: Principal, caller: CallContext): Promise<ApiClientWithSecretDto> {
    const refused = input.permissions.filter((p) => NOT_GRANTABLE.test(p) || !admin.permissions.includes(p));
    if (refused.length) {
      throw new DomainError('API_CLIENTS.PERMISSION_NOT_GRANTABLE', `Not grantable: ${refused.join(', ')}`, [
        { field: 'permissions', code: 'notGrantable', message: `permissions: ${refused.join(', ')}` },
      ]);
    }
    const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw RequestValidationError.field('expiresAt', 'isFuture', input.expiresAt);
    const org = await this.members.getOrg({ id: input.orgId }, caller);
    const secret = newClientSecret();
    const client = {
      id: uuidv7(),
      clientId: newClientId(),
      name: input.name,
      orgId: org.id,
      orgLineage: [...org.ancestorIds, org.id],
      permissions: [...input.permissions].sort(),
      createdBy: admin.userId,
      createdAt: new Date(),
      expiresAt,
    };
    await this.clients.insert(client, uuidv7(), secretDigest(secret));
    const stored = await this.clients.findById(client.id);
    if (!stored) throw new Error('API client vanished after insert');
    return { client: toApiClientDto(stored), clientSecret: secret };
  }
}
