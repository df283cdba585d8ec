import { DEFAULT_PAGE_LIMIT, type DueItemDto, type DueItemPageDto, type ListDueItemsRequest } from '@lienthong/contracts';
import { decodeCursor, isKey, keysetPage, type HandlerContext } from '@lienthong/platform';
import { daysBetween } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { scopeUpperBound } from '../../scope/actor-scope';

interface DueRow {
  id: string;
  kind: DueItemDto['kind'];
  org_id: string;
  org_name: string;
  member_id: string | null;
  member_name: string | null;
  due_on: string;
  detail: DueItemDto['detail'];
  rule: string;
  computed_on: string;
}

/**
 * The latest day's "việc cần làm" of an org's subtree (orgId, 404 outside the scope) or of the
 * caller's whole scope, earliest deadline first (keyset on due date and id).
 */
@Injectable()
export class ListDueItemsUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: ListDueItemsRequest, { auth, language }: HandlerContext): Promise<DueItemPageDto> {
    const key = decodeCursor(request.cursor, 2, language, isKey('day', 'id'));
    const m = this.access.manager;
    const scope = await this.access.scopeOf({ auth });
    let path: string | null = scope.kind === 'all' ? null : scope.path;
    if (request.orgId !== undefined) path = (await this.access.requireVisibleOrg(m, request.orgId, scope, { language })).path;
    else if (scope.kind === 'subtree' && scope.path === null) return { computedOn: null, items: [], nextCursor: null };
    const [{ day }]: { day: string | null }[] = await m.query(`SELECT max(computed_on)::text AS day FROM due_item_day`);
    if (day === null) return { computedOn: null, items: [], nextCursor: null };
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const rows: DueRow[] = await m.query(
      `SELECT d.id, d.kind, d.org_id, o.name AS org_name, d.member_id, p.full_name AS member_name, d.due_on::text, d.detail, d.rule, d.computed_on::text
         FROM due_item d JOIN org o ON o.id = d.org_id LEFT JOIN party_member p ON p.id = d.member_id
        WHERE d.computed_on = $1::date
          AND ($2::text IS NULL OR (d.org_path >= $2::text COLLATE "C" AND d.org_path < $3::text COLLATE "C"))
          AND ($4::text IS NULL OR d.kind = $4)
          AND ($5::date IS NULL OR (d.due_on, d.id) > ($5::date, $6::uuid))
        ORDER BY d.due_on, d.id
        LIMIT $7`,
      [day, path, path === null ? null : scopeUpperBound(path), request.kind ?? null, key?.[0] ?? null, key?.[1] ?? null, limit + 1],
    );
    const today = partyToday();
    return { computedOn: day, ...keysetPage(rows, limit, (r) => toDto(r, today), (r) => [r.due_on, r.id]) };
  }
}

function toDto(r: DueRow, today: string): DueItemDto {
  return {
    id: r.id,
    kind: r.kind,
    orgId: r.org_id,
    orgName: r.org_name,
    memberId: r.member_id,
    memberName: r.member_name,
    dueOn: r.due_on,
    daysLeft: daysBetween(today, r.due_on),
    detail: r.detail,
    rule: r.rule,
    computedOn: r.computed_on,
  };
}
