import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { restrictToScope, type ActorScope } from '../scope';
import { MemberCardEntity } from './entities/member-card.entity';
import { MemberOrgMembershipEntity } from './entities/member-org-membership.entity';
import { MemberPeriodEntity } from './entities/member-period.entity';
import { MemberRecordRuleEntity } from './entities/member-record-rule.entity';
import { MemberSensitiveEntity } from './entities/member-sensitive.entity';
import { PartyMemberEntity } from './entities/party-member.entity';
import { translateMemberUniqueViolation } from './member.exceptions';
import type { MemberRecordRule } from './rules/member-record-rules';

export type MemberInsert = Omit<PartyMemberEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type MemberPatch = Partial<Omit<PartyMemberEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/** The parts of a record beyond its row. `sensitive` is only loaded for a caller who may read it. */
export interface MemberParts {
  periods: MemberPeriodEntity[];
  cards: MemberCardEntity[];
  memberships: MemberOrgMembershipEntity[];
  sensitive: MemberSensitiveEntity | null;
}

/** The member tables. Every read an actor makes is limited to its scope here (`org_path` within the scope org's path). */
@Injectable()
export class MemberRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The member if its record is held within the actor's scope, optionally row-locked. */
  findVisible(m: EntityManager, id: string, scope: ActorScope, lock = false): Promise<PartyMemberEntity | null> {
    const qb = restrictToScope(m.createQueryBuilder(PartyMemberEntity, 'p').where('p.id = :id', { id }), scope, 'p.orgPath');
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Only the self-service path: the gateway has resolved the id from the account's link. */
  findById(m: EntityManager, id: string): Promise<PartyMemberEntity | null> {
    return m.findOne(PartyMemberEntity, { where: { id } });
  }

  getById(m: EntityManager, id: string): Promise<PartyMemberEntity> {
    return m.findOneOrFail(PartyMemberEntity, { where: { id } });
  }

  async parts(m: EntityManager, memberId: string, withSensitive: boolean): Promise<MemberParts> {
    // One after another: inside a transaction they share one connection.
    const periods = await m.find(MemberPeriodEntity, { where: { memberId }, order: { seq: 'ASC' } });
    const cards = await m.find(MemberCardEntity, { where: { memberId }, order: { seq: 'ASC' } });
    const memberships = await m.find(MemberOrgMembershipEntity, { where: { memberId }, order: { startedOn: 'ASC', id: 'ASC' } });
    const sensitive = withSensitive ? await m.findOne(MemberSensitiveEntity, { where: { memberId } }) : null;
    return { periods, cards, memberships, sensitive };
  }

  async citizenIdTaken(m: EntityManager, citizenId: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM party_member WHERE citizen_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [
      citizenId,
      exceptId ?? null,
    ]);
    return rows.length > 0;
  }

  async takenCardNumbers(m: EntityManager, numbers: string[], exceptMemberId?: string): Promise<string[]> {
    if (numbers.length === 0) return [];
    const rows: { card_number: string }[] = await m.query(
      `SELECT card_number FROM member_card WHERE card_number = ANY($1::text[]) AND ($2::uuid IS NULL OR member_id <> $2::uuid)`,
      [numbers, exceptMemberId ?? null],
    );
    return rows.map((r) => r.card_number);
  }

  async rules(m: EntityManager = this.manager): Promise<MemberRecordRule[]> {
    const rows = await m.find(MemberRecordRuleEntity, { order: { effectiveFrom: 'ASC' } });
    return rows.map(({ rule, value, effectiveFrom, effectiveTo, source }) => ({ rule, value, effectiveFrom, effectiveTo, source }));
  }

  async insert(m: EntityManager, member: MemberInsert): Promise<void> {
    await translateMemberUniqueViolation(m.insert(PartyMemberEntity, member));
  }

  /** Applies a change and bumps the version. */
  async update(m: EntityManager, id: string, patch: MemberPatch): Promise<PartyMemberEntity> {
    await translateMemberUniqueViolation(
      m
        .createQueryBuilder()
        .update(PartyMemberEntity)
        .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id })
        .execute(),
    );
    return m.findOneOrFail(PartyMemberEntity, { where: { id } });
  }

  async replacePeriods(m: EntityManager, memberId: string, periods: Omit<MemberPeriodEntity, 'memberId' | 'seq'>[]): Promise<void> {
    await m.delete(MemberPeriodEntity, { memberId });
    await m.insert(
      MemberPeriodEntity,
      periods.map((p, i) => ({ ...p, memberId, seq: i + 1 })),
    );
  }

  async replaceCards(m: EntityManager, memberId: string, cards: Omit<MemberCardEntity, 'memberId' | 'seq'>[]): Promise<void> {
    await m.delete(MemberCardEntity, { memberId });
    if (cards.length > 0) {
      await translateMemberUniqueViolation(m.insert(MemberCardEntity, cards.map((c, i) => ({ ...c, memberId, seq: i + 1 }))));
    }
  }

  async saveSensitive(m: EntityManager, sensitive: MemberSensitiveEntity): Promise<void> {
    await m.upsert(MemberSensitiveEntity, sensitive, ['memberId']);
  }

  async insertMembership(m: EntityManager, membership: MemberOrgMembershipEntity): Promise<void> {
    await m.insert(MemberOrgMembershipEntity, membership);
  }

  /** Ends the open membership of this kind (official: at most one) or the one at `orgId`. */
  async endMemberships(m: EntityManager, memberId: string, kind: 'official' | 'temporary', endedOn: string): Promise<void> {
    await m.query(
      `UPDATE member_org_membership SET ended_on = GREATEST($3::date, started_on)
        WHERE member_id = $1 AND kind = $2 AND ended_on IS NULL`,
      [memberId, kind, endedOn],
    );
  }
}
