import type { BlobFileDto, ExportMemberListRequest } from '@lienthong/contracts';
import { uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { writeWorkbookBlob } from '../member-import/import-blob-files';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import { MemberImportAccess } from '../member-import/member-import-access';
import { exportMemberList } from './member-list-export';

/** File names keep letters and digits only: `danh-sach-dang-vien-<org short name>.xlsx`. */
function fileNameOf(orgName: string): string {
  const slug = orgName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `danh-sach-dang-vien-${slug.slice(0, 60) || 'to-chuc'}.xlsx`;
}

/**
 * The 7-HSĐV member list of an org's subtree (visible to the caller, else 404), streamed into the
 * blob store for the gateway to stream out and delete.
 */
@Injectable()
export class ExportMemberListUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: ExportMemberListRequest, context: HandlerContext): Promise<BlobFileDto> {
    const { scoped } = this.access;
    const m = this.access.manager;
    const org = await scoped.requireVisibleOrg(m, request.orgId, await scoped.scopeOf(context, m), context);
    const blobs = this.access.blobs(context.language);
    const { ref, result } = await writeWorkbookBlob(blobs, `member-exports/${uuidv7()}.xlsx`, (out) => exportMemberList(m, org.path, org.name, out));
    return { blobKey: ref.key, fileName: fileNameOf(org.name), contentType: XLSX_CONTENT_TYPE, size: ref.size, rows: result, temporary: true };
  }
}
