import { Inject, Injectable } from '@nestjs/common';
import { RefreshTokensRepository } from '../refresh-tokens.repository';

/** `POST /auth/logout`: the refresh token's family is revoked. Unknown tokens are ignored (nothing to tell). */
@Injectable()
export class LogoutUseCase {
  constructor(@Inject(RefreshTokensRepository) private readonly refreshTokens: RefreshTokensRepository) {}

  async execute(refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOf(refreshToken);
  }
}
