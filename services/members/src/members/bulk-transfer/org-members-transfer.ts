import type { OrgMembershipKind } from '@lienthong/contracts';
import { OutboxWriter, uuidv7, type EventDraft, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { PartyMemberEntity } from '../entities/party-member.entity';
import { memberTransferred } from '../member-events';
import { toMemberSummary } from '../member.mapper';

/** A current membership (official or temporary) held at an org about to close. */
export interface CurrentMembership {
  memberId: string;
  kind: OrgMembershipKind;
  orgId: string;
  startedOn: string;
}

/** Where one closing org's members go: every one to `toOrgId`, unless `byMember` names another org. */
export interface MembersRoute {
  fromOrgId: string;
  toOrgId: string;
  byMember?: ReadonlyMap<string, string>;
}

/**
 * Moves every current member of closing orgs (merge, split) to their successors as of the
 * effective date, set-based in the caller's transaction: the open memberships at the closing
 * orgs end on that date (one UPDATE), the new ones open on it (one INSERT), the records of the
 * official ones follow (one UPDATE of `org_id`/`org_path`; the count and name-key triggers follow
 * it), every record's version goes up once, and one `members.member.transferred.v1` per moved
 * membership is appended in one outbox INSERT.
 */
@Injectable()
export class OrgMembersTransfer {
  constructor(@Inject(OutboxWriter) private readonly outbox: OutboxWriter) {}

  /** The current memberships at these orgs, row-locked (member id order), for the caller's checks. */
  async currentAt(m: EntityManager, orgIds: string[]): Promise<CurrentMembership[]> {
    if (orgIds.length === 0) return [];
    const rows: { member_id: string; kind: OrgMembershipKind; org_id: string; started_on: string }[] = await m.query(
      `SELECT member_id, kind, org_id, to_char(started_on, 'YYYY-MM-DD') AS started_on
         FROM member_org_membership
        WHERE org_id = ANY($1::uuid[]) AND ended_on IS NULL
        ORDER BY member_id, kind
        FOR UPDATE`,
      [orgIds],
    );
    return rows.map((r) => ({ memberId: r.member_id, kind: r.kind, orgId: r.org_id, startedOn: r.started_on }));
  }

  /** Moves `current` along `routes` (every closing org has one); returns how many memberships moved. */
  async move(m: EntityManager, current: CurrentMembership[], routes: MembersRoute[], effectiveOn: string, context: HandlerContext): Promise<number> {
    if (current.length === 0) return 0;
    const routeOf = new Map(routes.map((r) => [r.fromOrgId, r]));
    const moves = current.map((c) => {
      const route = routeOf.get(c.orgId);
      if (!route) throw new Error(`no route for the members of org ${c.orgId}`);
      return { id: uuidv7(), memberId: c.memberId, kind: c.kind, fromOrgId: c.orgId, toOrgId: route.byMember?.get(c.memberId) ?? route.toOrgId };
    });
    const fromIds = [...routeOf.keys()];
    await m.query(`UPDATE member_org_membership SET ended_on = $2::date WHERE org_id = ANY($1::uuid[]) AND ended_on IS NULL`, [fromIds, effectiveOn]);
    // A temporary attachment to the very org the member moves into is not opened twice.
    await m.query(
      `INSERT INTO member_org_membership (id, member_id, org_id, kind, started_on, ended_on)
       SELECT x.id, x."memberId", x."toOrgId", x.kind, $2::date, NULL
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "memberId" uuid, "toOrgId" uuid, kind text)
        WHERE NOT EXISTS (SELECT 1 FROM member_org_membership o
                           WHERE o.member_id = x."memberId" AND o.org_id = x."toOrgId" AND o.kind = x.kind AND o.ended_on IS NULL)`,
      [JSON.stringify(moves), effectiveOn],
    );
    const memberIds = [...new Set(moves.map((x) => x.memberId))];
    const officialTo = moves.filter((x) => x.kind === 'official').map((x) => ({ memberId: x.memberId, toOrgId: x.toOrgId }));
    await m.query(
      `UPDATE party_member p
          SET org_id = COALESCE(t.org_id, p.org_id), org_path = COALESCE(t.path, p.org_path), version = p.version + 1, updated_at = now()
         FROM unnest($1::uuid[]) AS u(id)
         LEFT JOIN (SELECT x."memberId" AS member_id, o.id AS org_id, o.path
                      FROM jsonb_to_recordset($2::jsonb) AS x("memberId" uuid, "toOrgId" uuid) JOIN org o ON o.id = x."toOrgId") t
           ON t.member_id = u.id
        WHERE p.id = u.id`,
      [memberIds, JSON.stringify(officialTo)],
    );
    const records = new Map((await m.find(PartyMemberEntity, { where: { id: In(memberIds) } })).map((p) => [p.id, toMemberSummary(p)]));
    const drafts: EventDraft[] = moves.map((x) =>
      memberTransferred(records.get(x.memberId)!, { kind: x.kind, fromOrgId: x.fromOrgId, toOrgId: x.toOrgId, effectiveOn }),
    );
    await this.outbox.appendAll(m, drafts, context);
    return moves.length;
  }
}
