import type { GetMemberTransferRequest, MemberTransferDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { transferNotFound } from '../member-transfer.exceptions';
import { toMemberTransferDto } from '../member-transfer.mapper';
import { MemberTransferRepository } from '../member-transfer.repository';

/** One transfer, seen from either side; from neither → 404. */
@Injectable()
export class GetMemberTransferUseCase {
  constructor(
    @Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetMemberTransferRequest, context: HandlerContext): Promise<MemberTransferDto> {
    const m = this.transfers.manager;
    const found = await this.transfers.findVisible(m, request.id, await this.access.scopeOf(context, m));
    if (!found) throw transferNotFound(context.language);
    return toMemberTransferDto(found.transfer, found.orgs, partyToday());
  }
}
