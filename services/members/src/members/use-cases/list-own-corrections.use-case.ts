import type { CorrectionRequestDto, ListOwnCorrectionsRequest, Page } from '@lienthong/contracts';
import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { decodeCursor, isIdKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';

/** The signed-in member's own correction requests, newest first, with how each was closed (scope self: the gateway resolved `memberId`). */
@Injectable()
export class ListOwnCorrectionsUseCase {
  constructor(@Inject(MemberCorrections) private readonly corrections: MemberCorrections) {}

  async execute(request: ListOwnCorrectionsRequest, { language }: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    const before = decodeCursor(request.cursor, 1, language, isIdKey)?.[0] as string | undefined;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    return keysetPage(await this.corrections.pageOfMember(request.memberId, before, limit + 1), limit, toCorrectionDto, (c) => [c.id]);
  }
}
