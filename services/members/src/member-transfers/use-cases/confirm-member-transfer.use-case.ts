import type { DecideMemberTransferRequest, MemberTransferDto } from '@lienthong/contracts';
import { OutboxWriter, type EventDraft, type HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { memberError } from '../../members/member.exceptions';
import { MemberRepository } from '../../members/member.repository';
import { OrgEntity } from '../../orgs/org.entity';
import { ScopedAccess } from '../../scope';
import { loadForDecision } from '../member-transfer-access';
import { memberTransferEvent } from '../member-transfer-events';
import { invalidTransfer } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';
import { applyConfirm } from '../member-transfer-roll';
import { fieldDetail } from '../transfer-deadlines';

/**
 * The receiving side confirms that the member presented the letter (within 30 working days of it,
 * 294-QĐ/TW 6.3.1): the record moves (official) or the member is hosted (temporary). For an
 * organisation outside the system, the sending side records the receipt; the record stays,
 * transferred out. Two confirmations with the same If-Match: the row lock serialises them and the
 * second answers 412.
 */
@Injectable()
export class ConfirmMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: DecideMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    const { language } = context;
    return this.transfers.transaction(async (m) => {
      const { found, decidedOn, today } = await loadForDecision(m, { transfers: this.transfers, access: this.access }, request, context, 'receiving', { vi: 'tiếp nhận', en: 'confirm' });
      const { transfer } = found;
      if (decidedOn > transfer.confirmDeadline) {
        const deadline = displayDate(transfer.confirmDeadline);
        throw invalidTransfer(language, [
          fieldDetail(language)('decidedOn', 'afterDeadline', `quá hạn tiếp nhận ${deadline} (30 ngày làm việc từ ngày ký giấy giới thiệu)`, `after the ${deadline} deadline (30 working days from the letter)`),
        ]);
      }
      const events: EventDraft<unknown>[] = [];
      if (transfer.toOrgId !== null) {
        const target = await m.createQueryBuilder(OrgEntity, 'o').where('o.id = :id', { id: transfer.toOrgId }).setLock('pessimistic_read').getOneOrFail();
        if (target.status === 'closed') throw memberError('MEMBERS.ORG_CLOSED', language);
        events.push(...(await applyConfirm(m, this.members, transfer, target, decidedOn)));
      }
      const updated = await this.transfers.update(m, transfer.id, { state: 'confirmed', decidedOn, decisionNote: request.note ?? null });
      const dto = toMemberTransferDto(updated, found.orgs, today);
      await this.outbox.appendAll(m, [...events, memberTransferEvent('confirmed', dto)], context);
      return dto;
    });
  }
}
