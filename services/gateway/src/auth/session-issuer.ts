import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserAccess } from '../roles/user-access.repository';
import { AccessTokens } from './access-tokens';
import type { TokenPairDto } from './dto/token-pair.dto';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** Access token (JWT, 15 min) + refresh token, for a sign-in (new family) or a rotation (same family). */
@Injectable()
export class SessionIssuer {
  constructor(
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  async issue(access: UserAccess, familyId?: string, manager?: EntityManager): Promise<TokenPairDto> {
    const refreshToken = await this.refreshTokens.issue(access.userId, familyId, manager);
    return { ...this.accessTokenOf(access), refreshToken, tokenType: 'Bearer' };
  }

  accessTokenOf(access: UserAccess): { accessToken: string; expiresIn: number } {
    const { userId, username, fullName, roles, permissions, scopeOrgId, clearance } = access;
    return this.tokens.issue({ userId, username, fullName, roles, permissions, scopeOrgId, clearance });
  }
}
