import { MEMBER_STATUSES, type MemberAttachment, type MemberStatus } from '@lienthong/contracts';
import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { subtreeUpperBound } from '../orgs/org-path';
import { PartyMemberEntity } from './entities/party-member.entity';

/** Where the list looks: the orgs whose records (official) or hosted members (temporary) count. */
export interface RollPlace {
  /** A subtree by path, or one org by id. Null path: the whole tree (unscoped actor, no org). */
  path: string | null;
  orgId: string | null;
  attachment: MemberAttachment;
}

export interface RollFilters {
  /** Folded name query: the start of a word of the name, and what follows it ("van an"). */
  phrase?: string;
  citizenId?: string;
  cardNumber?: string;
  statuses?: MemberStatus[];
  /** Born on or before / after (ISO dates), from the age range. */
  bornOnOrBefore?: string;
  bornAfter?: string;
  partyAgeSinceOnOrBefore?: string;
  partyAgeSinceAfter?: string;
}

/**
 * Keyset position. Without a name query the roll is ordered like the sổ danh sách, by org then
 * name (`org_path, full_name_folded, id`: party_member_subtree_idx); with one by the matched name
 * key (`member_name_key` primary key, see migration 1796300000100).
 */
export type RollKeyset = { by: 'org'; orgPath: string; name: string; id: string } | { by: 'name'; name: string; id: string };

/** What a list row needs: the summary's columns and the keyset's (`org_path`, `full_name_folded`). */
export type RollRow = Pick<
  PartyMemberEntity,
  'id' | 'fullName' | 'fullNameFolded' | 'sex' | 'dateOfBirth' | 'status' | 'orgId' | 'orgPath' | 'citizenId' | 'cardNumber' | 'firstAdmissionDate' | 'partyAgeSince' | 'version'
>;

/**
 * The list's select: only those columns, read raw (no entity hydration of the record's ≈ 30 columns:
 * that was most of a page's Node CPU at national scale, docs/benchmarks.md). Dates as ISO text.
 */
const ROLL_COLUMNS: [string, keyof RollRow][] = [
  ['p.id', 'id'],
  ['p.full_name', 'fullName'],
  ['p.full_name_folded', 'fullNameFolded'],
  ['p.sex', 'sex'],
  ['p.date_of_birth::text', 'dateOfBirth'],
  ['p.status', 'status'],
  ['p.org_id', 'orgId'],
  ['p.org_path', 'orgPath'],
  ['p.citizen_id', 'citizenId'],
  ['p.card_number', 'cardNumber'],
  ['p.first_admission_date::text', 'firstAdmissionDate'],
  ['p.party_age_since::text', 'partyAgeSince'],
  ['p.version', 'version'],
];

/** The name key a row matched `phrase` by: its name from the first word that starts the phrase (as the SQL below picks it). */
export function matchedNameKey(fullNameFolded: string, phrase: string): string {
  return fullNameFolded.slice(` ${fullNameFolded}`.indexOf(` ${phrase}`));
}

/**
 * The member lists and the counts, built from ONE place predicate (`wherePlace`) so that a count
 * always equals the total of the list with the same filters.
 */
@Injectable()
export class MemberRollQueries {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  page(place: RollPlace, filters: RollFilters, after: RollKeyset | undefined, limit: number): Promise<RollRow[]> {
    const qb = this.dataSource.manager.createQueryBuilder(PartyMemberEntity, 'p').select(ROLL_COLUMNS.map(([column, alias]) => `${column} AS "${alias}"`));
    if (filters.phrase !== undefined) {
      // One range of the key index; a member whose name holds the phrase twice counts once, at the first.
      qb.innerJoin('member_name_key', 'k', 'k.member_id = p.id')
        .andWhere('k.key LIKE :prefix', { prefix: `${escapeLike(filters.phrase)}%` })
        .andWhere(`NOT (strpos(' ' || k.name, ' ' || :phrase) - 1 < length(k.name) - length(k.key))`, { phrase: filters.phrase });
      // Bounded by a subtree: the key rows carry the member's org path (migration 1796500000100), so
      // the walk in key order skips other subtrees inside the index instead of visiting each member.
      if (place.attachment === 'official' && place.orgId === null && place.path !== null) qb.andWhere('k.org_path >= :placeLow AND k.org_path < :placeHigh');
      if (after?.by === 'name') qb.andWhere('(k.key, k.member_id) > (:afterKey, :afterId)', { afterKey: after.name, afterId: after.id });
      qb.orderBy('k.key', 'ASC').addOrderBy('k.member_id', 'ASC');
    } else {
      if (after?.by === 'org') {
        qb.andWhere('(p.orgPath, p.fullNameFolded, p.id) > (:afterPath, :afterName, :afterId)', {
          afterPath: after.orgPath,
          afterName: after.name,
          afterId: after.id,
        });
      }
      qb.orderBy('p.orgPath', 'ASC').addOrderBy('p.fullNameFolded', 'ASC').addOrderBy('p.id', 'ASC');
    }
    wherePlace(qb, place);
    whereFilters(qb, filters);
    return qb.limit(limit).getRawMany<RollRow>();
  }

  /**
   * Members per status in the place, with no other filter (the đảng số). Records held in an org or
   * subtree are summed from `member_count` (kept in the writing transaction by triggers, migration
   * 1796500000000): a range over the subtree's counter rows, not a pass over its members. The
   * temporarily hosted are counted from their memberships as the list finds them.
   */
  async countByStatus(place: RollPlace): Promise<Record<MemberStatus, number>> {
    let rows: { status: MemberStatus; n: string }[];
    if (place.attachment === 'temporary') {
      const qb = this.dataSource.manager.createQueryBuilder(PartyMemberEntity, 'p').select('p.status', 'status').addSelect('count(*)', 'n');
      wherePlace(qb, place);
      rows = await qb.groupBy('p.status').getRawMany<{ status: MemberStatus; n: string }>();
    } else {
      const where = place.orgId !== null ? 'org_id = $1' : place.path !== null ? 'org_path >= $1 AND org_path < $2' : 'TRUE';
      const params = place.orgId !== null ? [place.orgId] : place.path !== null ? [place.path, subtreeUpperBound(place.path)] : [];
      rows = await this.dataSource.query(`SELECT status, sum(n) AS n FROM member_count WHERE ${where} GROUP BY status`, params);
    }
    const counts = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, 0])) as Record<MemberStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  async count(place: RollPlace): Promise<number> {
    const qb = this.dataSource.manager.createQueryBuilder(PartyMemberEntity, 'p');
    wherePlace(qb, place);
    return qb.getCount();
  }
}

function wherePlace(qb: SelectQueryBuilder<PartyMemberEntity>, place: RollPlace): void {
  if (place.attachment === 'temporary') {
    // Hosted here on a temporary transfer: an open temporary membership at an org of the place.
    const host = place.orgId !== null ? 'o.id = :placeOrgId' : place.path !== null ? 'o.path >= :placeLow AND o.path < :placeHigh' : 'TRUE';
    qb.andWhere(
      `p.id IN (SELECT t.member_id FROM member_org_membership t JOIN org o ON o.id = t.org_id
                 WHERE t.kind = 'temporary' AND t.ended_on IS NULL AND ${host})`,
    );
  } else if (place.orgId !== null) {
    qb.andWhere('p.orgId = :placeOrgId');
  } else if (place.path !== null) {
    qb.andWhere('p.orgPath >= :placeLow AND p.orgPath < :placeHigh');
  }
  qb.setParameters({
    placeOrgId: place.orgId,
    placeLow: place.path,
    placeHigh: place.path === null ? null : subtreeUpperBound(place.path),
  });
}

function whereFilters(qb: SelectQueryBuilder<PartyMemberEntity>, f: RollFilters): void {
  if (f.citizenId !== undefined) qb.andWhere('p.citizenId = :citizenId', { citizenId: f.citizenId });
  if (f.cardNumber !== undefined) {
    qb.andWhere('p.id IN (SELECT c.member_id FROM member_card c WHERE c.card_number = :cardNumber)', { cardNumber: f.cardNumber });
  }
  if (f.statuses !== undefined && f.statuses.length > 0) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
  if (f.bornOnOrBefore !== undefined) qb.andWhere('p.dateOfBirth <= :bornOnOrBefore', { bornOnOrBefore: f.bornOnOrBefore });
  if (f.bornAfter !== undefined) qb.andWhere('p.dateOfBirth > :bornAfter', { bornAfter: f.bornAfter });
  if (f.partyAgeSinceOnOrBefore !== undefined) qb.andWhere('p.partyAgeSince <= :paBefore', { paBefore: f.partyAgeSinceOnOrBefore });
  if (f.partyAgeSinceAfter !== undefined) qb.andWhere('p.partyAgeSince > :paAfter', { paAfter: f.partyAgeSinceAfter });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
