import type { ActorRef, CorrectionItemDto, CorrectionOutcome, CorrectionRequestDto, CorrectionStatus } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { subtreeUpperBound } from '../orgs/org-path';

/** A request with the name of the member it is about (what the officers' list shows). */
export interface CorrectionRow {
  id: string;
  memberId: string;
  memberName: string;
  orgId: string;
  items: CorrectionItemDto[];
  note: string | null;
  status: CorrectionStatus;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: ActorRef | null;
  resolutionNote: string | null;
}

const SELECT = `SELECT c.id, c.member_id AS "memberId", p.full_name AS "memberName", c.org_id AS "orgId", c.items, c.note, c.status,
    c.created_at AS "createdAt", c.resolved_at AS "resolvedAt", c.resolved_by AS "resolvedBy", c.resolution_note AS "resolutionNote"
  FROM member_correction_request c JOIN party_member p ON p.id = c.member_id`;

export function toCorrectionDto(c: CorrectionRow): CorrectionRequestDto {
  return {
    id: c.id,
    memberId: c.memberId,
    memberName: c.memberName,
    orgId: c.orgId,
    items: c.items,
    note: c.note,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    resolution: c.resolvedAt === null ? null : { note: c.resolutionNote, resolvedAt: c.resolvedAt.toISOString(), resolvedByName: c.resolvedBy?.name ?? null },
  };
}

/** The correction-request table; rows come with the member's current full name. */
@Injectable()
export class MemberCorrections {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async insert(row: { id: string; memberId: string; orgId: string; items: CorrectionItemDto[]; note: string | null; requestedBy: ActorRef }): Promise<CorrectionRow> {
    await this.dataSource.query(`INSERT INTO member_correction_request (id, member_id, org_id, items, note, status, requested_by) VALUES ($1, $2, $3, $4, $5, 'open', $6)`, [
      row.id,
      row.memberId,
      row.orgId,
      JSON.stringify(row.items),
      row.note,
      JSON.stringify(row.requestedBy),
    ]);
    return (await this.one(this.dataSource.manager, row.id)) as CorrectionRow;
  }

  /** Requests about members whose record is held in the subtree at `path`, oldest first (joined on the org tree). */
  pageInSubtree(path: string, status: CorrectionStatus | undefined, afterId: string | undefined, limit: number): Promise<CorrectionRow[]> {
    return this.dataSource.query<CorrectionRow[]>(
      `${SELECT} JOIN org o ON o.id = c.org_id
       WHERE o.path >= $1 AND o.path < $2 AND ($3::text IS NULL OR c.status = $3) AND ($4::uuid IS NULL OR c.id > $4)
       ORDER BY c.id LIMIT $5`,
      [path, subtreeUpperBound(path), status ?? null, afterId ?? null, limit],
    );
  }

  /** One member's requests, newest first. */
  pageOfMember(memberId: string, beforeId: string | undefined, limit: number): Promise<CorrectionRow[]> {
    return this.dataSource.query<CorrectionRow[]>(`${SELECT} WHERE c.member_id = $1 AND ($2::uuid IS NULL OR c.id < $2) ORDER BY c.id DESC LIMIT $3`, [
      memberId,
      beforeId ?? null,
      limit,
    ]);
  }

  /** The request, locked (FOR UPDATE) when closing it. */
  async one(m: EntityManager, id: string, lock = false): Promise<CorrectionRow | undefined> {
    const rows = await m.query<CorrectionRow[]>(`${SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
    return rows[0];
  }

  async close(m: EntityManager, id: string, outcome: CorrectionOutcome, note: string | null, by: ActorRef): Promise<CorrectionRow> {
    await m.query(`UPDATE member_correction_request SET status = $2, resolution_note = $3, resolved_by = $4, resolved_at = now() WHERE id = $1`, [
      id,
      outcome,
      note,
      JSON.stringify(by),
    ]);
    return (await this.one(m, id)) as CorrectionRow;
  }
}
