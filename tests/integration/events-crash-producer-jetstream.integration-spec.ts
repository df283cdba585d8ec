import { testEnv } from '@lienthong/testing';
import { describeTotals, expectExactlyOnce } from './support/crash-fixture';
import { describeKills, runProducerCrash } from './support/producer-crash-run';

// The producer-side crash spec of events-crash-producer.integration-spec.ts over JetStream (this
// run's NATS, a stream of this file's own prefix, deleted at the end): the relay's publishes carry
// the event id as Nats-Msg-Id, so a batch re-published after a kill is stored once.
const EVENTS = 1_000;
const KILLS = 20;
const withNats = testEnv.natsUrl() ? describe : describe.skip;
if (!testEnv.natsUrl()) process.stdout.write('[events-crash producer jetstream] skipped: LT_TEST_NATS_URL is not set (the run is over the in-process transport)\n');

withNats('producer and relay killed with SIGKILL (JetStream)', () => {
  it(`applies ${EVENTS} committed events exactly once across ${KILLS} kills of the producer process`, async () => {
    const r = await runProducerCrash('jetstream', EVENTS, KILLS, 3102);
    process.stdout.write(
      `[events-crash producer jetstream] ${r.processes} producer processes, ${KILLS} SIGKILLs (${describeKills(r.kills)}); ${describeTotals(r.totals)} (${r.committedBeforeLastKill} of them by killed processes); ` +
        `${r.republished} events re-published after a kill, ${r.uncommitted} events of killed transactions (seen downstream: ${r.uncommittedSeen}); ${r.seconds.toFixed(1)} s\n`,
    );
    expect(r.processes).toBe(KILLS + 1);
    expect(Object.values(r.kills).reduce((a, b) => a + b, 0)).toBe(KILLS);
    expectExactlyOnce(r.totals, EVENTS);
    expect(r.uncommitted).toBeGreaterThanOrEqual(r.kills.open);
    expect(r.uncommittedSeen).toBe(0);
  }, 180_000);
});
