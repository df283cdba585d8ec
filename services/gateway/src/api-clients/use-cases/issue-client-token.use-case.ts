import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AccessTokens } from '../../auth/access-tokens';
import { clientPrincipal, statusOf, type ApiClient } from '../api-client';
import { CLIENT_ID_PATTERN, secretMatches } from '../api-client-secret';
import { ApiClientsRepository } from '../api-clients.repository';
import type { ClientTokenDto } from '../dto/api-client.dto';

export interface IssuedClientToken {
  token: ClientTokenDto;
  client: ApiClient;
}

/**
 * Client credentials → an access token (15 min) naming the client. Unknown client, wrong or
 * retired secret, revoked and expired client all answer the same AUTH.CLIENT_INVALID after the
 * same work; `failedClient` tells the caller (for the audit log) which known client failed.
 */
@Injectable()
export class IssueClientTokenUseCase {
  constructor(
    @Inject(ApiClientsRepository) private readonly clients: ApiClientsRepository,
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
  ) {}

  async execute(clientId: string, secret: string): Promise<IssuedClientToken> {
    const found = CLIENT_ID_PATTERN.test(clientId) ? await this.clients.findForToken(clientId) : undefined;
    const matches = secretMatches(secret, found?.digests ?? []);
    if (!found || !matches || statusOf(found.client) !== 'active') throw new ClientTokenRefused(found?.client);
    const { accessToken, expiresIn } = this.tokens.issue(clientPrincipal(found.client));
    return {
      client: found.client,
      token: { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, accessToken, tokenType: 'Bearer', expiresIn },
    };
  }
}

/** AUTH.CLIENT_INVALID, carrying (for the audit log only) the client the id named, if any. */
export class ClientTokenRefused extends DomainError {
  constructor(readonly client: ApiClient | undefined) {
    super('AUTH.CLIENT_INVALID');
  }
}
