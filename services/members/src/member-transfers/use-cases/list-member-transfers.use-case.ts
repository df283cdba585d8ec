import { DEFAULT_PAGE_LIMIT, type ListMemberTransfersRequest, type MemberTransferDto, type Page } from '@lienthong/contracts';
import { decodeCursor, encodeCursor, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { invalidTransfer } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository, type TransferDirection } from '../member-transfer.repository';
import { fieldDetail } from '../transfer-deadlines';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The outbox (sent from my subtree) or the inbox (to my subtree), newest first, keyset pages. */
@Injectable()
export class ListMemberTransfersUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(direction: TransferDirection, request: ListMemberTransfersRequest, context: HandlerContext): Promise<Page<MemberTransferDto>> {
    const key = decodeCursor(request.cursor, 1);
    const afterId = key?.[0];
    if (key && (typeof afterId !== 'string' || !UUID.test(afterId))) {
      throw invalidTransfer(context.language, [fieldDetail(context.language)('cursor', 'invalidCursor', 'không phải con trỏ trang do hệ thống cấp', 'is not a cursor this API issued')]);
    }
    const m = this.transfers.manager;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const today = partyToday();
    const scope = await this.access.scopeOf(context, m);
    const rows = await this.transfers.list(m, scope, direction, {
      states: request.states,
      overdueOn: request.overdue ? today : undefined,
      afterId: typeof afterId === 'string' ? afterId : undefined,
      limit,
    });
    const items = rows.slice(0, limit);
    const orgs = await this.transfers.orgsOf(m, items);
    const last = items[items.length - 1];
    return { items: items.map((t) => toMemberTransferDto(t, orgs, today)), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }
}
