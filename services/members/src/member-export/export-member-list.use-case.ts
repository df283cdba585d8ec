import type { BlobFileDto, ExportMemberListRequest } from '@lienthong/contracts';
import { uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { writeWorkbookBlob } from '../member-import/import-blob-files';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import { MemberImportAccess } from '../member-import/member-import-access';
import { memberListFileName } from './export-file-names';
import { assertDirectExportSize } from './export-size';
import { exportMemberList } from './member-list-export';

/**
 * The 7-HSĐV member list of an org's subtree (visible to the caller, else 404), streamed into the
 * blob store for the gateway to stream out and delete. A subtree above the gateway's limit for a
 * file written inside the request answers 422 (the caller creates a background export instead).
 */
@Injectable()
export class ExportMemberListUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: ExportMemberListRequest, context: HandlerContext): Promise<BlobFileDto> {
    const { scoped } = this.access;
    const m = this.access.manager;
    const org = await scoped.requireVisibleOrg(m, request.orgId, await scoped.scopeOf(context, m), context);
    await assertDirectExportSize(m, org.path, request.maxMembers, context.language);
    const blobs = this.access.blobs(context.language);
    const { ref, result } = await writeWorkbookBlob(blobs, `member-exports/${uuidv7()}.xlsx`, (out) => exportMemberList(m, org.path, org.name, out));
    return { blobKey: ref.key, fileName: memberListFileName(org.name), contentType: XLSX_CONTENT_TYPE, size: ref.size, rows: result, temporary: true };
  }
}
