import type { BlobFileDto, ExportRecordSheetRequest, MemberDto } from '@lienthong/contracts';
import { uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import { MemberImportAccess } from '../member-import/member-import-access';
import { GetMemberUseCase } from '../members/use-cases/get-member.use-case';
import { partyToday } from '../orgs/org-kind-rules';
import { fileSlug, writeBlob } from './blob-output';
import { recordSheetContent, type SheetOrgs } from './record-sheet-content';
import { writeRecordSheetPdf } from './record-sheet-pdf';
import { writeRecordSheetXlsx } from './record-sheet-xlsx';

export const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * A member's record sheet (phiếu đảng viên) as .xlsx or PDF: the record as the record API gives it
 * to this caller (404 outside the scope; sensitive items only with `members:read-sensitive`),
 * written to the blob store for the gateway to stream out and delete.
 */
@Injectable()
export class ExportRecordSheetUseCase {
  constructor(
    @Inject(GetMemberUseCase) private readonly getMember: GetMemberUseCase,
    @Inject(MemberImportAccess) private readonly access: MemberImportAccess,
  ) {}

  async execute(request: ExportRecordSheetRequest, context: HandlerContext): Promise<BlobFileDto> {
    const member = await this.getMember.execute({ id: request.memberId }, context);
    const blobs = this.access.blobs(context.language);
    const content = recordSheetContent(member, await this.orgsOf(member), partyToday());
    const pdf = request.format === 'pdf';
    const contentType = pdf ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE;
    const { ref } = await writeBlob(blobs, `member-exports/${uuidv7()}.${request.format}`, contentType, (out) =>
      pdf ? writeRecordSheetPdf(content, out) : writeRecordSheetXlsx(content, out),
    );
    const fileName = `phieu-dang-vien-${fileSlug(member.fullName, 'dang-vien')}.${request.format}`;
    return { blobKey: ref.key, fileName, contentType, size: ref.size, temporary: true };
  }

  private async orgsOf(member: MemberDto): Promise<SheetOrgs> {
    const ids = [...new Set([member.orgId, ...member.orgMemberships.map((o) => o.orgId)])];
    const rows = await this.access.manager.query<{ id: string; name: string; parent_name: string | null }[]>(
      'SELECT o.id, o.name, p.name AS parent_name FROM org o LEFT JOIN org p ON p.id = o.parent_id WHERE o.id = ANY($1::uuid[])',
      [ids],
    );
    const names = Object.fromEntries(rows.map((r) => [r.id, r.name]));
    const own = rows.find((r) => r.id === member.orgId);
    return { parentName: own?.parent_name ?? null, orgName: own?.name ?? '', names };
  }
}
