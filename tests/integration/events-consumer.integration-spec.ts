import { EventConsumer, purgeInbox, runDeadLettersCli, tombstoneIfNewer, type FactStream } from '@lienthong/platform';
import { scaledMs } from '@lienthong/testing';
import { Registry } from 'prom-client';
import {
  effectTotals,
  eventually,
  openConsumerDatabase,
  quietLogger,
  seededRandom,
  WIDGET_V1,
  WIDGET_V2,
  widgetEvent,
  widgetHandler,
  widgetState,
  WidgetChangedPayload,
  type ConsumerDatabase,
} from './support/consumer-fixture';
import { STREAM_KINDS, withInjectedDuplicates, type StreamUnderTest } from './support/fact-streams-under-test';

// The consumer side of durable events (issue 3) against real PostgreSQL: inbox dedupe, the
// version guard, retries, dead letters and replay, over every FactStream available.
describe.each(STREAM_KINDS)('EventConsumer over $name', (kind) => {
  let database: ConsumerDatabase;
  const opened: StreamUnderTest[] = [];
  const consumers: EventConsumer[] = [];
  let groupSeq = 0;

  beforeAll(async () => {
    database = await openConsumerDatabase('events_consumer');
  });
  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.stop()));
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await database?.close();
  });

  async function openStream(options?: Parameters<(typeof kind)['open']>[0]): Promise<FactStream> {
    const s = await kind.open(options);
    opened.push(s);
    return s.stream;
  }

  function consumer(stream: FactStream, extra: Partial<ConstructorParameters<typeof EventConsumer>[0]> = {}): EventConsumer {
    const c = new EventConsumer({
      group: `widgets-test.g${++groupSeq}`,
      source: 'widgets',
      dataSource: database.dataSource,
      stream,
      logger: quietLogger(),
      backoff: { initialMs: 2, maxMs: 20 },
      replayPollMs: 0,
      ...extra,
    });
    consumers.push(c);
    return c;
  }
  const groupOf = (c: EventConsumer) => (c as unknown as { options: { group: string } }).options.group;
  const aggregate = (label: string) => `${label}-${++groupSeq}-${Date.now().toString(36)}`;

  it('applies an event delivered three times once', async () => {
    const stream = await openStream();
    const registry = new Registry();
    // Real streams dedupe a re-publish by event id: the wrapper also delivers each event twice.
    const c = consumer(withInjectedDuplicates(stream, 1, Math.random), { registry });
    c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(groupOf(c)));
    await c.start();
    const id = aggregate('dup');
    const event = widgetEvent(id, 1, 'Chi bộ 1');
    await stream.publish([event, event, event]);
    await eventually(async () => (await effectTotals(database.dataSource, groupOf(c))).effects >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await effectTotals(database.dataSource, groupOf(c))).toEqual({ effects: 1, distinctEvents: 1, maxPerEvent: 1 });
    expect(await widgetState(database.dataSource, id)).toEqual({ version: 1, name: 'Chi bộ 1', deleted: false });
    const metrics = await registry.getMetricsAsJSON();
    const value = (name: string) => metrics.find((m) => m.name === name)?.values.reduce((sum, v) => sum + v.value, 0);
    expect(value('lienthong_events_applied_total')).toBe(1);
    expect(value('lienthong_events_duplicates_total')).toBe(kind.name === 'in-memory double' ? 5 : 1);
    expect(metrics.find((m) => m.name === 'lienthong_events_consumer_lag_seconds')).toBeDefined();
  });

  it('keeps the newest state when v3 arrives before v2, and a tombstone beats a late update', async () => {
    const stream = await openStream();
    const c = consumer(stream);
    c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(groupOf(c)));
    await c.start();
    const id = aggregate('order');
    await stream.publish([widgetEvent(id, 1, 'v1'), widgetEvent(id, 3, 'v3'), widgetEvent(id, 2, 'v2')]);
    await eventually(async () => (await effectTotals(database.dataSource, groupOf(c))).effects === 3);
    expect(await widgetState(database.dataSource, id)).toEqual({ version: 3, name: 'v3', deleted: false });

    await database.dataSource.transaction(async (m) => {
      expect(await tombstoneIfNewer(m, 'widget', id, 5)).toBe(true);
      expect(await tombstoneIfNewer(m, 'widget', id, 4)).toBe(false);
    });
    await stream.publish([widgetEvent(id, 4, 'late v4')]);
    await eventually(async () => (await effectTotals(database.dataSource, groupOf(c))).effects === 4);
    expect(await widgetState(database.dataSource, id)).toEqual({ version: 5, name: 'v3', deleted: true });
  });

  it('applies once a handler that fails twice and then succeeds', async () => {
    const stream = await openStream();
    const c = consumer(stream);
    let calls = 0;
    c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(groupOf(c), async () => {
      calls += 1;
      // Fails after the side effect was written inside the transaction: the rollback must take it away.
      if (calls <= 2) throw new Error('database is busy');
    }));
    await c.start();
    const id = aggregate('retry');
    await stream.publish([widgetEvent(id, 1, 'ok')]);
    await eventually(async () => (await effectTotals(database.dataSource, groupOf(c))).effects === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(3);
    expect(await effectTotals(database.dataSource, groupOf(c))).toEqual({ effects: 1, distinctEvents: 1, maxPerEvent: 1 });
  });

  it('dead-letters a poison event after N attempts, moves on, and replays it once after the fix', async () => {
    const stream = await openStream();
    const lines: string[] = [];
    const c = consumer(stream, { maxAttempts: 4, logger: quietLogger(lines) });
    const group = groupOf(c);
    let fixed = false;
    let poisonCalls = 0;
    c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(group, async (event) => {
      if (event.payload.name !== 'poison' || fixed) return;
      poisonCalls += 1;
      throw new Error('cannot apply: password=hunter2 in postgres://app:s3cret@db/x');
    }));
    await c.start();
    const id = aggregate('poison');
    const poison = widgetEvent(id, 1, 'poison');
    const invalid = { ...widgetEvent(aggregate('invalid'), 1, 'x'), payload: { name: 42, extra: true } };
    const after = widgetEvent(aggregate('after'), 1, 'after');
    await stream.publish([poison, invalid, after]);

    await eventually(async () => (await c.listDeadLetters()).items.length === 2, 10_000, 'two dead letters');
    await eventually(async () => (await widgetState(database.dataSource, after.aggregateId)) !== undefined, 10_000, 'the stream to move on');
    const { items } = await c.listDeadLetters();
    const poisonLetter = items.find((l) => l.eventId === poison.id);
    const invalidLetter = items.find((l) => l.eventId === invalid.id);
    expect(poisonCalls).toBe(4);
    expect(poisonLetter).toMatchObject({ reason: 'handler-failed', attempts: 4, eventType: WIDGET_V1, replayedAt: null });
    expect(poisonLetter?.lastError).toBe('Error: cannot apply: password=*** in postgres://***@db/x');
    expect(poisonLetter?.envelope).toEqual(poison);
    expect(invalidLetter).toMatchObject({ reason: 'invalid-payload', attempts: 1 });
    expect(invalidLetter?.lastError).toMatch(/^COMMON\.VALIDATION_FAILED: .*name: isString/);
    expect(invalidLetter?.lastError).toContain('extra: whitelistValidation');
    const deadLetteredLog = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['msg'] === 'Event dead-lettered' && l['eventId'] === poison.id);
    expect(deadLetteredLog).toMatchObject({ correlationId: poison.correlationId, consumerGroup: group, level: 'error' });

    fixed = true;
    expect(await c.replayDeadLetters({ id: poisonLetter?.id })).toEqual({ replayed: 1, duplicates: 0, failed: 0, skipped: 0 });
    expect(await c.replayDeadLetters({ id: poisonLetter?.id })).toEqual({ replayed: 0, duplicates: 0, failed: 0, skipped: 1 });
    expect(await widgetState(database.dataSource, id)).toMatchObject({ version: 1, name: 'poison' });
    const totals = await database.dataSource.query(`SELECT count(*)::int AS n FROM effect WHERE event_id = $1`, [poison.id]);
    expect(totals).toEqual([{ n: 1 }]);
    // The invalid payload cannot be fixed by a replay: it fails again and stays, with the attempt counted.
    expect(await c.replayDeadLetters({ all: true })).toEqual({ replayed: 0, duplicates: 0, failed: 1, skipped: 0 });
    expect((await c.listDeadLetters()).items).toMatchObject([{ eventId: invalid.id, attempts: 2, replayedAt: null }]);
    expect((await c.listDeadLetters({ includeReplayed: true })).items).toHaveLength(2);
  });

  it('replays through the operator command while the consumer runs', async () => {
    const stream = await openStream();
    const c = consumer(stream, { maxAttempts: 2, replayPollMs: 50 });
    const group = groupOf(c);
    let fixed = false;
    c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(group, async () => {
      if (!fixed) throw new Error('reference data missing');
    }));
    await c.start();
    await stream.publish([widgetEvent(aggregate('cli'), 1, 'a'), widgetEvent(aggregate('cli'), 1, 'b')]);
    await eventually(async () => (await c.listDeadLetters()).items.length === 2);

    const out: string[] = [];
    const env = { WIDGETS_DATABASE_URL: database.db.url };
    expect(await runDeadLettersCli(['widgets', 'list', '--group', group], env, (l) => out.push(l))).toBe(0);
    expect(out.filter((l) => l.includes('reference data missing'))).toHaveLength(2);
    fixed = true;
    out.length = 0;
    expect(await runDeadLettersCli(['widgets', 'replay', '--group', group, '--wait', '10'], env, (l) => out.push(l))).toBe(0);
    expect(out.filter((l) => /\treplayed$/.test(l))).toHaveLength(2);
    expect(await effectTotals(database.dataSource, group)).toEqual({ effects: 2, distinctEvents: 2, maxPerEvent: 1 });
    expect(await runDeadLettersCli(['widgets', 'replay'], env, () => undefined)).toBe(2);
  });

  it('applies one of v1 and v2 of the same fact while producers publish both', async () => {
    const stream = await openStream();
    const c = consumer(stream);
    const group = groupOf(c);
    const seen: string[] = [];
    const handler = widgetHandler(group, async (event) => void seen.push(event.type));
    c.handle(WIDGET_V1, WidgetChangedPayload, handler).handle(WIDGET_V2, WidgetChangedPayload, handler);
    await c.start();
    const id = aggregate('versions');
    // Same fact, two versions: own event ids, same aggregate and aggregate version.
    await stream.publish([widgetEvent(id, 1, 'one', WIDGET_V1), widgetEvent(id, 1, 'one', WIDGET_V2), widgetEvent(id, 2, 'two', WIDGET_V2), widgetEvent(id, 2, 'two', WIDGET_V1)]);
    await eventually(async () => (await widgetState(database.dataSource, id))?.version === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([WIDGET_V1, WIDGET_V2]);
    expect(await effectTotals(database.dataSource, group)).toMatchObject({ effects: 2, distinctEvents: 2 });
  });

  it('purges inbox rows older than the retention', async () => {
    await database.dataSource.query(`INSERT INTO inbox (consumer_group, event_id, event_type, aggregate_id, aggregate_version, applied_at)
      SELECT 'purge-test', gen_random_uuid(), $1, 'x', g, now() - interval '40 days' FROM generate_series(1, 25) g`, [WIDGET_V1]);
    expect(await purgeInbox(database.dataSource, { batchSize: 10 })).toBeGreaterThanOrEqual(25);
    expect(await database.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'purge-test'`)).toEqual([{ n: 0 }]);
  });

  it('applies 1,200 events with random duplicates, reorders, failures and two replicas exactly once', async () => {
    const random = seededRandom(20261125);
    const stream = await openStream({ maxInFlight: 4, lostAckRate: 0.1, random });
    const faulty = withInjectedDuplicates(stream, 0.15, random);
    const group = `widgets-test.bulk${++groupSeq}`;
    const failedOnce = new Set<string>();
    const replicas = [1, 2].map(() => {
      const c = consumer(faulty, { group, maxAttempts: 10 });
      c.handle(WIDGET_V1, WidgetChangedPayload, widgetHandler(group, async (event) => {
        if (random() < 0.05 && !failedOnce.has(event.id)) {
          failedOnce.add(event.id);
          throw new Error('transient');
        }
      }));
      return c;
    });
    await Promise.all(replicas.map((c) => c.start()));

    const aggregates = Array.from({ length: 60 }, (_, i) => aggregate(`bulk${i}`));
    const events = aggregates.flatMap((id) => Array.from({ length: 20 }, (_, v) => widgetEvent(id, v + 1, `${id} v${v + 1}`)));
    const published = events.flatMap((e) => (random() < 0.2 ? [e, e] : [e]));
    for (let i = published.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [published[i], published[j]] = [published[j], published[i]];
    }
    for (let i = 0; i < published.length; i += 100) await stream.publish(published.slice(i, i + 100));

    // A ceiling only (about 10 s on a quiet machine): the test waits for the condition, not for a time.
    await eventually(async () => (await effectTotals(database.dataSource, group)).distinctEvents === events.length, 240_000, 'every event applied');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const totals = await effectTotals(database.dataSource, group);
    expect(totals).toEqual({ effects: events.length, distinctEvents: events.length, maxPerEvent: 1 });
    const states: { n: number }[] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM widget WHERE id = ANY($1) AND version = 20 AND name = id || ' v20'`,
      [aggregates],
    );
    expect(states).toEqual([{ n: aggregates.length }]);
    expect((await replicas[0]?.listDeadLetters())?.items).toEqual([]);
    process.stdout.write(
      `[events-consumer ${kind.name}] ${events.length} unique events, ${published.length} published (duplicates included), ` +
        `${failedOnce.size} transient failures; side effects ${totals.effects}, max per event ${totals.maxPerEvent}, ` +
        `aggregates at v20: ${states[0]?.n}/${aggregates.length}\n`,
    );
   }, scaledMs(300_000));
});
