import type { CorrectionRequestDto, ResolveCorrectionRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { invalidRecord, memberError } from '../member.exceptions';
import { MemberCorrections, toCorrectionDto } from '../member-corrections';
import { MemberRepository } from '../member.repository';

/**
 * An officer closes an open correction request of a member held in their scope: `resolved` once
 * the record has been corrected (through the ordinary edit, so the change keeps its own history
 * and version check), or `rejected` with a note for the member. A request about a member outside
 * the scope is not found; one already closed is a conflict (two officers at once: one wins).
 */
@Injectable()
export class ResolveCorrectionUseCase {
  constructor(
    @Inject(MemberCorrections) private readonly corrections: MemberCorrections,
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  execute(request: ResolveCorrectionRequest, context: HandlerContext): Promise<CorrectionRequestDto> {
    const { auth, language } = context;
    const note = request.note?.trim() || null;
    if (request.outcome === 'rejected' && note === null) {
      const message = language === 'vi' ? 'note: hãy ghi lý do không sửa để đảng viên được biết' : 'note: say why, so that the member knows';
      throw invalidRecord(language, [{ field: 'note', code: 'isNotEmpty', message }]);
    }
    return this.members.transaction(async (m) => {
      const correction = await this.corrections.one(m, request.id, true);
      const scope = await this.access.scopeOf({ auth }, m);
      const member = correction ? await this.members.findVisible(m, correction.memberId, scope) : null;
      if (!correction || !member) throw memberError('MEMBERS.CORRECTION_NOT_FOUND', language);
      this.access.assertMayWrite(context, scope, { id: member.orgId });
      if (correction.status !== 'open') throw memberError('MEMBERS.CORRECTION_CLOSED', language);
      return toCorrectionDto(await this.corrections.close(m, correction.id, request.outcome, note, auth.actor));
    });
  }
}
