import type { GetMemberImportRequest, MemberImportDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MemberImportAccess, toImportDto } from '../member-import-access';

/** An import's state and progress counters (rows parsed, valid, invalid, committed). */
@Injectable()
export class GetMemberImportUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: GetMemberImportRequest, context: HandlerContext): Promise<MemberImportDto> {
    return toImportDto(await this.access.requireVisible(request.id, context), context.language);
  }
}
