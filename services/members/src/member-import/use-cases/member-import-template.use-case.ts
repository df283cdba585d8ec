import type { BlobFileDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { buildImportTemplate, IMPORT_TEMPLATE_FILE_NAME, XLSX_CONTENT_TYPE } from '../import-template';
import { MemberImportAccess } from '../member-import-access';

/** Written once per service start under a fixed key; the gateway streams it from the blob store. */
const TEMPLATE_KEY = 'member-imports/template/mau-nhap-dang-vien-v1.xlsx';

/** The import template (.xlsx with Vietnamese headers, an example row and drop-down lists). */
@Injectable()
export class MemberImportTemplateUseCase {
  private written?: Promise<BlobFileDto>;

  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(_request: object, context: HandlerContext): Promise<BlobFileDto> {
    const blobs = this.access.blobs(context.language);
    // Written again when the store lost it (a cleaned folder, another store behind the same service).
    if (this.written && !(await blobs.exists(TEMPLATE_KEY))) this.written = undefined;
    this.written ??= (async () => {
      const ref = await blobs.put(TEMPLATE_KEY, await buildImportTemplate(), XLSX_CONTENT_TYPE);
      return { blobKey: ref.key, fileName: IMPORT_TEMPLATE_FILE_NAME, contentType: XLSX_CONTENT_TYPE, size: ref.size, temporary: false };
    })();
    this.written.catch(() => (this.written = undefined));
    return this.written;
  }
}
