import type { CorrectionRequestDto, ListOwnCorrectionsRequest, Page } from '@lienthong/contracts';
import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';
import { correctionCursor, pageOf } from './correction-page';

/** The signed-in member's own correction requests, newest first, with how each was closed (scope self: the gateway resolved `memberId`). */
@Injectable()
export class ListOwnCorrectionsUseCase {
  constructor(@Inject(MemberCorrections) private readonly corrections: MemberCorrections) {}

  async execute(request: ListOwnCorrectionsRequest, { language }: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    const before = correctionCursor(request.cursor, language);
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    return pageOf(await this.corrections.pageOfMember(request.memberId, before, limit + 1), limit, toCorrectionDto);
  }
}
