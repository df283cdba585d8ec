import { DEFAULT_PAGE_LIMIT, type ListMemberExportsRequest, type MemberExportDto, type Page } from '@lienthong/contracts';
import { decodeCursor, isIdKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { scopeSql } from '../../scope';
import { exportToDto, MemberExportAccess } from '../member-export-access';
import { EXPORT_VIEW_COLUMNS, toExportView } from '../member-export-records';

type Row = Parameters<typeof toExportView>[0];

/**
 * The caller's own exports, newest first (keyset on the UUIDv7 id, the requester's index), those
 * of orgs still in the caller's scope only.
 */
@Injectable()
export class ListMemberExportsUseCase {
  constructor(@Inject(MemberExportAccess) private readonly access: MemberExportAccess) {}

  async execute(request: ListMemberExportsRequest, context: HandlerContext): Promise<Page<MemberExportDto>> {
    const before = decodeCursor(request.cursor, 1, context.language, isIdKey)?.[0] ?? null;
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const m = this.access.manager;
    const scope = scopeSql(await this.access.scoped.scopeOf(context, m), 'o.path', 4);
    const rows = await m.query<Row[]>(
      `SELECT ${EXPORT_VIEW_COLUMNS} FROM member_export e JOIN org o ON o.id = e.org_id
        WHERE e.requested_by->>'id' = $1 AND ($2::uuid IS NULL OR e.id < $2::uuid) AND ${scope.sql}
        ORDER BY e.id DESC LIMIT $3`,
      [context.auth.actor.id, before, limit + 1, ...scope.params],
    );
    return keysetPage(rows, limit, (row) => exportToDto(toExportView(row), context.language), (row) => [row.id]);
  }
}
