import type { MemberTransferDeadlinesRequest, TransferDeadlinesDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Injectable } from '@nestjs/common';
import { invalidTransfer } from '../member-transfer.exceptions';
import { computeTransferDeadlines, fieldDetail } from '../transfer-deadlines';

/** The dates the issue form shows as the officer types: start and confirmation deadlines with their rules. */
@Injectable()
export class MemberTransferDeadlinesUseCase {
  execute(request: MemberTransferDeadlinesRequest, context: HandlerContext): TransferDeadlinesDto {
    const computed = computeTransferDeadlines(request.movedOn, request.letterDate, fieldDetail(context.language));
    if (Array.isArray(computed)) throw invalidTransfer(context.language, computed);
    return computed;
  }
}
