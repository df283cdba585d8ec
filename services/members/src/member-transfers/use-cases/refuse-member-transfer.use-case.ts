import type { DecideMemberTransferRequest, MemberTransferDto } from '@lienthong/contracts';
import { OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { loadForDecision } from '../member-transfer-access';
import { memberTransferEvent } from '../member-transfer-events';
import { invalidTransfer } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';
import { restoreRecords } from '../member-transfer-roll';
import { fieldDetail } from '../transfer-deadlines';

/** The receiving side refuses the letter, with its reason: the member is back on the sending roll as before. */
@Injectable()
export class RefuseMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    const { language } = context;
    return this.transfers.transaction(async (m) => {
      const { found, decidedOn, today } = await loadForDecision(m, { transfers: this.transfers, access: this.access }, request, context, 'receiving', { vi: 'từ chối', en: 'refuse' });
      if (!request.note) throw invalidTransfer(language, [fieldDetail(language)('note', 'required', 'bắt buộc: lý do từ chối', 'required: the reason for refusing')]);
      const updated = await this.transfers.update(m, found.transfer.id, { state: 'refused', decidedOn, decisionNote: request.note });
      const memberEvents = await restoreRecords(m, [updated.id]);
      const dto = toMemberTransferDto(updated, found.orgs, today);
      await this.outbox.appendAll(m, [...memberEvents, memberTransferEvent('refused', dto)], context);
      return dto;
    });
  }
}
