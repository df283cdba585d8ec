import type { CorrectionRequestDto, ListCorrectionsRequest, Page } from '@lienthong/contracts';
import { DEFAULT_PAGE_LIMIT } from '@lienthong/contracts';
import { decodeCursor, encodeCursor, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { invalidRecord, memberError } from '../member.exceptions';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Correction requests of the members held in an org's subtree, oldest first, keyset-paged. */
@Injectable()
export class ListCorrectionsUseCase {
  constructor(
    @Inject(MemberCorrections) private readonly corrections: MemberCorrections,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListCorrectionsRequest, { auth, language }: HandlerContext): Promise<Page<CorrectionRequestDto>> {
    const org = await this.access.findVisibleOrg(this.access.manager, request.orgId, await this.access.scopeOf({ auth }));
    if (!org) throw memberError('MEMBERS.ORG_NOT_FOUND', language);
    const after = decodeCursor(request.cursor, 1)?.[0];
    if (after !== undefined && (typeof after !== 'string' || !UUID.test(after))) {
      throw invalidRecord(language, [{ field: 'cursor', code: 'invalidCursor', message: 'cursor: is not a cursor this API issued' }]);
    }
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.corrections.pageInSubtree(org.path, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toCorrectionDto), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }
}
