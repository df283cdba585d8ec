import { DomainError, type Logger, LOGGER } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { UserAccessRepository } from '../../roles/user-access.repository';
import type { TokenPairDto } from '../dto/token-pair.dto';
import { RefreshTokensRepository } from '../refresh-tokens.repository';
import { SessionIssuer } from '../session-issuer';

/**
 * `POST /auth/refresh`: the token is spent and a new pair issued in the same family. A spent
 * token presented again means a copy exists somewhere: the whole family is revoked and the
 * caller (thief or owner) must sign in again.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(SessionIssuer) private readonly sessions: SessionIssuer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(refreshToken: string): Promise<TokenPairDto> {
    let pair: TokenPairDto | undefined;
    const outcome = await this.refreshTokens.rotate(refreshToken, async (manager, userId, familyId) => {
      const access = await this.access.load(userId);
      if (!access?.isActive) throw new DomainError('AUTH.REFRESH_TOKEN_INVALID');
      pair = await this.sessions.issue(access, familyId, manager);
    });
    if (outcome.kind === 'reused') {
      this.logger.warn('Refresh token reused: family revoked', { userId: outcome.userId, familyId: outcome.familyId });
    }
    if (outcome.kind !== 'rotated' || !pair) throw new DomainError('AUTH.REFRESH_TOKEN_INVALID');
    return pair;
  }
}
