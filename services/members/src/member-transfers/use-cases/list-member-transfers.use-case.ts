import { DEFAULT_PAGE_LIMIT, type ListMemberTransfersRequest, type MemberTransferDto, type Page } from '@lienthong/contracts';
import { decodeCursor, isIdKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository, type TransferDirection } from '../member-transfer.repository';

/** The outbox (sent from my subtree) or the inbox (to my subtree), newest first, keyset pages. */
@Injectable()
export class ListMemberTransfersUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(direction: TransferDirection, request: ListMemberTransfersRequest, context: HandlerContext): Promise<Page<MemberTransferDto>> {
    const afterId = decodeCursor(request.cursor, 1, context.language, isIdKey)?.[0] as string | undefined;
    const m = this.transfers.manager;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const today = partyToday();
    const scope = await this.access.scopeOf(context, m);
    const rows = await this.transfers.list(m, scope, direction, {
      states: request.states,
      overdueOn: request.overdue ? today : undefined,
      afterId,
      limit,
    });
    const orgs = await this.transfers.orgsOf(m, rows.slice(0, limit));
    return keysetPage(rows, limit, (t) => toMemberTransferDto(t, orgs, today), (t) => [t.id]);
  }
}
