import type { CorrectionRequestDto, ListCorrectionsRequest, Page } from '@lienthong/contracts';
import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { decodeCursor, isIdKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { memberError } from '../member.exceptions';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';

/** Correction requests of the members held in an org's subtree (optionally of one status), oldest first, keyset-paged. */
@Injectable()
export class ListCorrectionsUseCase {
  constructor(
    @Inject(MemberCorrections) private readonly corrections: MemberCorrections,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListCorrectionsRequest, { auth, language }: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    const org = await this.access.findVisibleOrg(this.access.manager, request.orgId, await this.access.scopeOf({ auth }));
    if (!org) throw memberError('MEMBERS.ORG_NOT_FOUND', language);
    const after = decodeCursor(request.cursor, 1, language, isIdKey)?.[0] as string | undefined;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    return keysetPage(await this.corrections.pageInSubtree(org.path, request.status, after, limit + 1), limit, toCorrectionDto, (c) => [c.id]);
  }
}
