import { Injectable } from '@nestjs/common';
import { LessThan, type EntityManager } from 'typeorm';
import { MemberPeriodEntity } from '../members/entities/member-period.entity';
import { MemberLifecycleEventEntity } from './member-lifecycle-event.entity';

export type PeriodPatch = Partial<Pick<MemberPeriodEntity, 'admissionDecisionDate' | 'admissionDecisionNumber' | 'ceremonyDate' | 'recognitionDate' | 'endedOn' | 'endReason'>>;

/** The lifecycle history rows and the period columns an action sets. */
@Injectable()
export class MemberLifecycleRepository {
  /** A member's history, newest first (ids are UUIDv7: time-ordered). */
  events(m: EntityManager, memberId: string): Promise<MemberLifecycleEventEntity[]> {
    return m.find(MemberLifecycleEventEntity, { where: { memberId }, order: { id: 'DESC' } });
  }

  /** The rows of one admission period, newest first: what the computed dates read. */
  eventsOfPeriod(m: EntityManager, memberId: string, periodSeq: number): Promise<MemberLifecycleEventEntity[]> {
    return m.find(MemberLifecycleEventEntity, { where: { memberId, periodSeq }, order: { id: 'DESC' } });
  }

  /** One keyset page of the history, newest first: `limit + 1` rows older than `beforeId` (the extra row says there is more). */
  historyPage(m: EntityManager, memberId: string, beforeId: string | undefined, limit: number): Promise<MemberLifecycleEventEntity[]> {
    const where = beforeId === undefined ? { memberId } : { memberId, id: LessThan(beforeId) };
    return m.find(MemberLifecycleEventEntity, { where, order: { id: 'DESC' }, take: limit + 1 });
  }

  async insert(m: EntityManager, event: Omit<MemberLifecycleEventEntity, 'recordedAt'>): Promise<MemberLifecycleEventEntity> {
    // `details` is jsonb: TypeORM's deep-partial insert type does not accept Record<string, unknown>.
    await m.insert(MemberLifecycleEventEntity, event as never);
    return m.findOneByOrFail(MemberLifecycleEventEntity, { id: event.id });
  }

  async updatePeriod(m: EntityManager, memberId: string, seq: number, patch: PeriodPatch): Promise<void> {
    if (Object.keys(patch).length > 0) await m.update(MemberPeriodEntity, { memberId, seq }, patch);
  }
}
