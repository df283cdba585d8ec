import { describeTotals, expectExactlyOnce } from './support/crash-fixture';
import { describeKills, runProducerCrash } from './support/producer-crash-run';

// kill -9 of the producer between commit and publish and of the relay mid-batch (issue 3), over
// the PostgreSQL bus: a process that writes facts in transactions and runs the OutboxRelay is
// SIGKILLed 20 times (see support/producer-crash-child.ts for the kill points) and restarted,
// while a consumer here applies the events. Every committed event must be applied exactly once,
// and no event of a transaction that never committed may appear. JetStream: the -jetstream spec.
const EVENTS = 1_000;
const KILLS = 20;

describe('producer and relay killed with SIGKILL (pg-bus)', () => {
  it(`applies ${EVENTS} committed events exactly once across ${KILLS} kills of the producer process`, async () => {
    const r = await runProducerCrash('pg-bus', EVENTS, KILLS, 3101);
    process.stdout.write(
      `[events-crash producer pg-bus] ${r.processes} producer processes, ${KILLS} SIGKILLs (${describeKills(r.kills)}); ${describeTotals(r.totals)} (${r.committedBeforeLastKill} of them by killed processes); ` +
        `${r.republished} events re-published after a kill, ${r.uncommitted} events of killed transactions (seen downstream: ${r.uncommittedSeen}); ${r.seconds.toFixed(1)} s\n`,
    );
    expect(r.processes).toBe(KILLS + 1);
    expect(Object.values(r.kills).reduce((a, b) => a + b, 0)).toBe(KILLS);
    expectExactlyOnce(r.totals, EVENTS);
    expect(r.uncommitted).toBeGreaterThanOrEqual(r.kills.open);
    expect(r.uncommittedSeen).toBe(0);
  }, 180_000);
});
