import { ExportBadgeListRequest, ExportRecordSheetRequest, SUBJECTS, type BlobFileDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ExportBadgeListUseCase } from './export-badge-list.use-case';
import { ExportRecordSheetUseCase } from './export-record-sheet.use-case';

/** Printed forms and lists: files are written to the blob store and travel as blob keys. */
@Controller()
export class MemberExportController {
  constructor(
    @Inject(ExportRecordSheetUseCase) private readonly recordSheet: ExportRecordSheetUseCase,
    @Inject(ExportBadgeListUseCase) private readonly badgeList: ExportBadgeListUseCase,
  ) {}

  @RpcHandler(SUBJECTS.members.memberRecordSheetExport, ExportRecordSheetRequest, { permission: 'members:read', scope: 'subtree' })
  sheet(request: ExportRecordSheetRequest, context: HandlerContext): Promise<BlobFileDto> {
    return this.recordSheet.execute(request, context);
  }

  @RpcHandler(SUBJECTS.members.badgeListExport, ExportBadgeListRequest, { permission: 'members:read', scope: 'subtree' })
  badges(request: ExportBadgeListRequest, context: HandlerContext): Promise<BlobFileDto> {
    return this.badgeList.execute(request, context);
  }
}
