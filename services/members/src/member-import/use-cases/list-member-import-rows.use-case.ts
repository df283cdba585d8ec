import { DEFAULT_PAGE_LIMIT, MEMBER_IMPORT_DUPLICATE_CODES, type ListMemberImportRowsRequest, type MemberImportRowDto, type Page } from '@lienthong/contracts';
import { invalidCursor, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MemberImportAccess } from '../member-import-access';

const FILTERS: Record<string, string> = {
  all: 'TRUE',
  error: `r.errors <> '[]'::jsonb`,
  valid: `r.errors = '[]'::jsonb`,
  duplicate: `EXISTS (SELECT 1 FROM jsonb_array_elements(r.errors) e WHERE e->>'code' = ANY($4::text[]))`,
};

/**
 * The preview, a page at a time in row order (keyset: the cursor is the last row number),
 * optionally only the rows with errors, the valid ones or the duplicates. Each error names its
 * cell and says what is wrong in the language of the upload.
 */
@Injectable()
export class ListMemberImportRowsUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: ListMemberImportRowsRequest, context: HandlerContext): Promise<Page<MemberImportRowDto>> {
    await this.access.requireVisible(request.id, context);
    const after = request.cursor === undefined ? 0 : Number(request.cursor);
    if (!Number.isSafeInteger(after) || after < 0) throw invalidCursor(context.language);
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.access.manager.query<MemberImportRowDto[]>(
      `SELECT r.row_number AS "rowNumber", r.request->>'fullName' AS "fullName", r.member_id AS "memberId", r.errors
         FROM member_import_row r
        WHERE r.import_id = $1 AND r.row_number > $2 AND ${FILTERS[request.status ?? 'all']}
        ORDER BY r.row_number LIMIT $3`,
      [request.id, after, limit + 1, ...(request.status === 'duplicate' ? [MEMBER_IMPORT_DUPLICATE_CODES] : [])],
    );
    // This list's published cursor is the last row number as it is ("3"), not an encoded key.
    return keysetPage(rows, limit, (r) => r, (r) => [r.rowNumber], ([rowNumber]) => String(rowNumber));
  }
}
