import type { ErrorDetail, MemberTransferDto, ReturnMemberTransferRequest } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { loadForReturn } from '../member-transfer-access';
import type { MemberTransferEntity } from '../member-transfer.entity';
import { memberTransferEvent } from '../member-transfer-events';
import { invalidTransfer } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';
import { applyReturn } from '../member-transfer-roll';
import { fieldDetail, type TransferField } from '../transfer-deadlines';

/**
 * A confirmed temporary transfer ends before its period does (29-QĐ/TW: the member comes back when the
 * work or the course ends): the home side or the host side records the day, within the period and not
 * after today. The record comes back exactly as when the daily job ends a period — the hosted
 * membership ends that day, the status is back — with the same facts. Two returns with the same
 * If-Match: the row lock serialises them and the second answers 412.
 */
@Injectable()
export class ReturnMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: ReturnMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    const { language } = context;
    return this.transfers.transaction(async (m) => {
      const { found, today } = await loadForReturn(m, { transfers: this.transfers, access: this.access }, request, context);
      const errors = returnedOnErrors(found.transfer, request.returnedOn, today, fieldDetail(language));
      if (errors.length > 0) throw invalidTransfer(language, errors);
      const updated = await this.transfers.update(m, found.transfer.id, { state: 'returned', returnedOn: request.returnedOn, returnNote: request.note ?? null });
      const memberEvents = await applyReturn(m, [updated.id]);
      const dto = toMemberTransferDto(updated, found.orgs, today);
      await this.outbox.appendAll(m, [...memberEvents, memberTransferEvent('returned', dto)], context);
      return dto;
    });
  }
}

/**
 * The day the member came back: within the period (from … until), not before the host took the member
 * in (the confirmation: the hosted membership starts that day) and not after today.
 */
function returnedOnErrors(transfer: MemberTransferEntity, returnedOn: string, today: string, field: TransferField): ErrorDetail[] {
  const from = transfer.temporaryFrom ?? returnedOn;
  const until = transfer.temporaryUntil ?? returnedOn;
  const confirmed = transfer.decidedOn ?? returnedOn;
  if (returnedOn < from) return [field('returnedOn', 'beforeFrom', `không được trước ngày bắt đầu tạm chuyển (${displayDate(from)})`, `must not be before the temporary transfer started (${displayDate(from)})`)];
  if (returnedOn < confirmed) {
    return [field('returnedOn', 'beforeConfirmed', `không được trước ngày tiếp nhận (${displayDate(confirmed)})`, `must not be before the host took the member in (${displayDate(confirmed)})`)];
  }
  if (returnedOn > until) {
    const [vi, en] = [`không được sau ngày hết hạn tạm chuyển (${displayDate(until)}); hết hạn thì hệ thống tự ghi trở về`, `must not be after the temporary transfer ends (${displayDate(until)}); at its end the return is recorded by itself`];
    return [field('returnedOn', 'afterUntil', vi, en)];
  }
  if (returnedOn > today) return [field('returnedOn', 'inFuture', 'không được sau ngày hôm nay', 'must not be after today')];
  return [];
}
