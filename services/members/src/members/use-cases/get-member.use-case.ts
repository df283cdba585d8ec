import type { GetMemberRequest, MemberDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { canReadSensitive } from '../member-record';
import { memberError } from '../member.exceptions';
import { toMemberDto } from '../member.mapper';
import { MemberRepository } from '../member.repository';

/** One record, if held within the actor's scope; sensitive fields only with `members:read-sensitive`. */
@Injectable()
export class GetMemberUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: GetMemberRequest, { auth, language }: HandlerContext): Promise<MemberDto> {
    const m = this.members.manager;
    const member = await this.members.findVisible(m, request.id, await this.access.scopeOf({ auth }, m));
    if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', language);
    const sensitive = canReadSensitive(auth);
    return toMemberDto(member, await this.members.parts(m, member.id, sensitive), sensitive);
  }
}
