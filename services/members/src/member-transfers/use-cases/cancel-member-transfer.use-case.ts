import type { DecideMemberTransferRequest, MemberTransferDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { loadForDecision } from '../member-transfer-access';
import { memberTransferEvent } from '../member-transfer-events';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';
import { restoreRecords } from '../member-transfer-roll';

/** The sending side withdraws an open letter (issued or in transit): the record is as it was before. */
@Injectable()
export class CancelMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    return this.transfers.transaction(async (m) => {
      const { found, decidedOn, today } = await loadForDecision(m, { transfers: this.transfers, access: this.access }, request, context, 'sending', { vi: 'hủy', en: 'cancel' });
      const updated = await this.transfers.update(m, found.transfer.id, { state: 'cancelled', decidedOn, decisionNote: request.note ?? null });
      const memberEvents = await restoreRecords(m, [updated.id]);
      const dto = toMemberTransferDto(updated, found.orgs, today);
      await this.outbox.appendAll(m, [...memberEvents, memberTransferEvent('cancelled', dto)], context);
      return dto;
    });
  }
}
