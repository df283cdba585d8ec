import type { CorrectionRequestDto, CreateCorrectionRequest } from '@lienthong/contracts';
import { uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { memberError } from '../member.exceptions';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';
import { MemberRepository } from '../member.repository';

/** A member asks the officers of their org to correct their own record (scope self). */
@Injectable()
export class CreateCorrectionUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(MemberCorrections) private readonly corrections: MemberCorrections,
  ) {}

  async execute(request: CreateCorrectionRequest, { auth, language }: HandlerContext): Promise<CorrectionRequestDto> {
    const member = await this.members.findById(this.members.manager, request.memberId);
    if (!member) throw memberError('MEMBERS.MEMBER_RECORD_NOT_LINKED', language);
    const created = await this.corrections.insert({
      id: uuidv7(),
      memberId: member.id,
      orgId: member.orgId,
      items: request.items.map(({ field, proposedValue }) => ({ field, proposedValue })),
      note: request.note ?? null,
      requestedBy: { ...auth.actor },
    });
    return toCorrectionDto(created);
  }
}
