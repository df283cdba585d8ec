import type { GetOwnMemberRequest, MemberDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { memberError } from '../member.exceptions';
import { toMemberDto } from '../member.mapper';
import { MemberRepository } from '../member.repository';

/**
 * A member's own record (scope self), sensitive fields included: it is their own data. The
 * gateway resolved `memberId` from the signed-in account's link; the auth context does not
 * carry that link yet, so this subject trusts the gateway for it (see the README).
 */
@Injectable()
export class GetOwnMemberUseCase {
  constructor(@Inject(MemberRepository) private readonly members: MemberRepository) {}

  async execute(request: GetOwnMemberRequest, { language }: HandlerContext): Promise<MemberDto> {
    const m = this.members.manager;
    const member = await this.members.findById(m, request.memberId);
    if (!member) throw memberError('MEMBERS.MEMBER_RECORD_NOT_LINKED', language);
    return toMemberDto(member, await this.members.parts(m, member.id, true), true);
  }
}
