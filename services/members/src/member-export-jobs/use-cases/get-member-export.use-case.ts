import type { GetMemberExportRequest, MemberExportDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { exportToDto, MemberExportAccess } from '../member-export-access';

/** An export's state and progress (rows written of the expected total); poll it until succeeded or failed. */
@Injectable()
export class GetMemberExportUseCase {
  constructor(@Inject(MemberExportAccess) private readonly access: MemberExportAccess) {}

  async execute(request: GetMemberExportRequest, context: HandlerContext): Promise<MemberExportDto> {
    return exportToDto(await this.access.requireMine(request.id, context), context.language);
  }
}
