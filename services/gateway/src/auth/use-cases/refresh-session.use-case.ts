import { DomainError, type Logger, LOGGER } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '../../audit/audit-log';
import { UserAccessRepository } from '../../roles/user-access.repository';
import type { TokenPairDto } from '../dto/token-pair.dto';
import { RefreshTokensRepository } from '../refresh-tokens.repository';
import { SessionIssuer } from '../session-issuer';

/**
 * `POST /auth/refresh`: the token is spent and a new pair issued in the same family. A spent
 * token presented again means a copy exists somewhere: the whole family is revoked and the
 * caller (thief or owner) must sign in again; the reuse is written to the audit log
 * (`auth.refresh.reused`, the family as target).
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository,
    @Inject(UserAccessRepository) private readonly access: UserAccessRepository,
    @Inject(SessionIssuer) private readonly sessions: SessionIssuer,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(AuditLog) private readonly audit: AuditLog,
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
      this.audit.record({
        action: 'auth.refresh.reused',
        outcome: 'denied',
        actor: { type: 'user', id: outcome.userId },
        target: { type: 'session', id: outcome.familyId },
        http: { method: 'POST', route: '/api/v1/auth/refresh', statusCode: 401 },
        details: { familyRevoked: true },
      });
    }
    if (outcome.kind !== 'rotated' || !pair) throw new DomainError('AUTH.REFRESH_TOKEN_INVALID');
    return pair;
  }
}
