import { DomainError, type EventDraft, type JobContext, type JobDefinition, type OutboxWriter } from '@lienthong/platform';
import { isLocalDate } from '@lienthong/rules';
import type { DataSource, EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import { memberTransferEvent } from './member-transfer-events';
import { MemberTransferEntity } from './member-transfer.entity';
import { toMemberTransferDto } from './member-transfer.mapper';
import { MemberTransferRepository } from './member-transfer.repository';
import { applyReturn, restoreRecords } from './member-transfer-roll';
import { returningRows } from './sql-rows';

export const EXPIRE_MEMBER_TRANSFERS_JOB = 'members.transfer-expiry';
const CHUNK = 1000;

export interface ExpireTransfersParams {
  /** The day to act as (tests, catching up); default today in Vietnam. */
  today?: string;
}

type Step = 'in-transit' | 'expired' | 'returned';

/** Which transfers each step takes on `$1` (today), and what they become. */
const DUE: Record<Step, string> = {
  'in-transit': `state = 'issued' AND letter_date <= $1::date`,
  expired: `state IN ('issued', 'in-transit') AND confirm_deadline < $1::date`,
  returned: `state = 'confirmed' AND kind = 'temporary' AND temporary_until < $1::date`,
};

/** What else a step sets: a period that ran out came back on its last day. */
const ALSO_SET: Record<Step, string> = { 'in-transit': '', expired: '', returned: ', returned_on = temporary_until' };

/** What each step does to the records: nothing yet while in transit; an expiry undoes the issue; a return ends the hosting. */
const ON_RECORDS: Record<Step, (m: EntityManager, ids: string[]) => Promise<EventDraft<unknown>[]>> = {
  'in-transit': () => Promise.resolve([]),
  expired: restoreRecords,
  returned: applyReturn,
};

/**
 * Daily: letters whose date has come go from issued to in transit; open transfers not confirmed by
 * their deadline (30 working days from the letter, 294-QĐ/TW 6.3.1) expire and put the record back as
 * it was before the issue; confirmed temporary transfers whose period has ended (29-QĐ/TW) return:
 * the hosted membership ends on the last day and the member's status is back. Set-based in chunks of
 * 1,000, each chunk with its facts in one transaction; rows a concurrent decision holds are skipped.
 */
export function expireMemberTransfersJob(dataSource: DataSource, outbox: OutboxWriter): JobDefinition<ExpireTransfersParams> {
  return {
    name: EXPIRE_MEMBER_TRANSFERS_JOB,
    schedules: [{ dailyAt: '00:15' }],
    parseParams(raw: unknown): ExpireTransfersParams {
      const today = (raw as ExpireTransfersParams | null)?.today;
      if (today !== undefined && !isLocalDate(today)) throw new DomainError('COMMON.VALIDATION_FAILED', 'today: must be YYYY-MM-DD');
      return today === undefined ? {} : { today };
    },
    run: (ctx) => expireTransfers(dataSource, outbox, ctx),
  };
}

async function expireTransfers(dataSource: DataSource, outbox: OutboxWriter, ctx: JobContext<ExpireTransfersParams>): Promise<void> {
  const today = ctx.params.today ?? partyToday();
  const repository = new MemberTransferRepository(dataSource);
  const origin = { auth: { actor: ctx.actor }, correlationId: ctx.runId };
  let done = 0;
  for (const step of ['in-transit', 'expired', 'returned'] as const) {
    for (;;) {
      ctx.throwIfCancelled();
      const n = await dataSource.transaction(async (m) => {
        const ids = await advance(m, step, today);
        if (ids.length === 0) return 0;
        const memberEvents = await ON_RECORDS[step](m, ids);
        const transfers = await m.find(MemberTransferEntity, { where: ids.map((id) => ({ id })) });
        const orgs = await repository.orgsOf(m, transfers);
        const facts: EventDraft<unknown>[] = [...memberEvents, ...transfers.map((t) => memberTransferEvent(step, toMemberTransferDto(t, orgs, today)))];
        await outbox.appendAll(m, facts, origin);
        return ids.length;
      });
      done += n;
      ctx.reportProgress({ done, phase: step });
      if (n < CHUNK) break;
    }
  }
  ctx.logger.info('Member transfers advanced', { today, done });
}

/** One chunk of a step, moved to its new state. */
async function advance(m: EntityManager, step: Step, today: string): Promise<string[]> {
  const rows = await returningRows<{ id: string }>(
    m,
    `UPDATE member_transfer SET state = $2, version = version + 1, updated_at = now()${ALSO_SET[step]}
      WHERE id IN (SELECT id FROM member_transfer WHERE ${DUE[step]} ORDER BY id LIMIT ${CHUNK} FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [today, step],
  );
  return rows.map((r) => r.id);
}
