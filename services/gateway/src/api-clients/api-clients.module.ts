import { Global, Module } from '@nestjs/common';
import { ApiClientAccessRepository } from './api-client-access.repository';
import { ApiClientsController } from './api-clients.controller';
import { ApiClientsRepository } from './api-clients.repository';
import { ClientTokenController } from './client-token.controller';
import { CreateApiClientUseCase } from './use-cases/create-api-client.use-case';
import { GetApiClientUseCase } from './use-cases/get-api-client.use-case';
import { IssueClientTokenUseCase } from './use-cases/issue-client-token.use-case';
import { ListApiClientsUseCase } from './use-cases/list-api-clients.use-case';
import { RevokeApiClientUseCase } from './use-cases/revoke-api-client.use-case';
import { RotateApiClientSecretUseCase } from './use-cases/rotate-api-client-secret.use-case';

/**
 * API clients (`/api-clients`) and the client-credentials token (`POST /auth/token`); global
 * so that the bearer guard can read a client's access.
 */
@Global()
@Module({
  controllers: [ApiClientsController, ClientTokenController],
  providers: [
    ApiClientsRepository,
    ApiClientAccessRepository,
    CreateApiClientUseCase,
    GetApiClientUseCase,
    ListApiClientsUseCase,
    RotateApiClientSecretUseCase,
    RevokeApiClientUseCase,
    IssueClientTokenUseCase,
  ],
  exports: [ApiClientAccessRepository],
})
export class ApiClientsModule {}
