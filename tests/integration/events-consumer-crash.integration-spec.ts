import { PgBusFactStream } from '@lienthong/platform';
import { createTestDatabase, type TestDatabase } from '@lienthong/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { effectTotals, eventually, openConsumerDatabase, quietLogger, seededRandom, widgetEvent, type ConsumerDatabase } from './support/consumer-fixture';

// kill -9 of a consumer in the middle of its transactions (issue 3): a child process applies
// events from the pg-bus; the parent SIGKILLs it right after a side effect was written and
// before the commit, at ≥ 20 points, restarting it each time. Every event must end applied once.
const REPO_ROOT = resolve(__dirname, '..', '..');
const EVENTS = 1_000;
const KILLS = 20;

function compileChild(): string {
  const out = mkdtempSync(join(tmpdir(), 'lt-consumer-child-'));
  const base = JSON.parse(readFileSync(join(REPO_ROOT, '.swcrc'), 'utf8')) as { jsc: object };
  const { compilerOptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: object } };
  const configFile = join(out, 'swcrc.json');
  writeFileSync(configFile, JSON.stringify({ ...base, jsc: { ...base.jsc, baseUrl: REPO_ROOT, paths: compilerOptions.paths } }));
  const swc = join(REPO_ROOT, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
  const args = [swc, 'libs/platform/src', 'libs/contracts/src', 'tests/integration/support/consumer-child.ts', '--out-dir', join(out, 'dist'), '--config-file', configFile, '--no-swcrc', '--quiet'];
  for (const pattern of ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.d.ts']) args.push('--ignore', pattern);
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`SWC failed: ${result.stderr}`);
  return out;
}

describe('EventConsumer killed with SIGKILL mid-transaction (pg-bus)', () => {
  let database: ConsumerDatabase;
  let bus: TestDatabase;
  let compiled: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    compiled = compileChild();
    database = await openConsumerDatabase('consumer_crash');
    bus = await createTestDatabase('consumer_crash_bus');
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.close();
    await bus?.drop();
    if (compiled) rmSync(compiled, { recursive: true, force: true });
  });

  it(`applies ${EVENTS} events exactly once across ${KILLS} kills`, async () => {
    const random = seededRandom(4242);
    const group = 'widgets-crash.replica';
    const publisher = await PgBusFactStream.connect({ url: bus.url, logger: quietLogger() });
    const aggregates = Array.from({ length: 50 }, (_, i) => `crash-${i}`);
    const events = aggregates.flatMap((id) => Array.from({ length: EVENTS / aggregates.length }, (_, v) => widgetEvent(id, v + 1, `${id} v${v + 1}`)));
    for (let i = events.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [events[i], events[j]] = [events[j], events[i]] as [(typeof events)[number], (typeof events)[number]];
    }
    for (let i = 0; i < events.length; i += 100) await publisher.publish(events.slice(i, i + 100));
    await publisher.close();

    const script = join(compiled, 'dist', 'tests', 'integration', 'support', 'consumer-child.js');
    let kills = 0;
    let starts = 0;
    const stderr: string[] = [];
    const start = () => {
      starts += 1;
      const proc = spawn(process.execPath, [script, database.db.url, bus.url, group], {
        env: { PATH: process.env['PATH'] ?? '', NODE_PATH: join(REPO_ROOT, 'node_modules') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Kill after a random number (5–60) of in-transaction marks, until KILLS kills were made.
      let countdown = 5 + Math.floor(random() * 55);
      proc.stdout?.on('data', (chunk: Buffer) => {
        const marks = chunk.toString().split('\n').filter((l) => l.startsWith('tx ')).length;
        countdown -= marks;
        if (marks > 0 && countdown <= 0 && kills < KILLS && proc.exitCode === null && !proc.killed) {
          proc.kill('SIGKILL');
          kills += 1;
        }
      });
      proc.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
      proc.on('exit', () => {
        if (child === proc && kills <= KILLS && proc.signalCode === 'SIGKILL') child = start();
      });
      return proc;
    };
    child = start();

    await eventually(async () => (await effectTotals(database.dataSource, group)).distinctEvents === EVENTS, 90_000, `all ${EVENTS} events (stderr: ${stderr.join('').slice(0, 500)})`);
    await new Promise((r) => setTimeout(r, 300));
    const totals = await effectTotals(database.dataSource, group);
    const final: { n: number }[] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM widget WHERE id = ANY($1) AND version = $2 AND name = id || ' v' || $2`,
      [aggregates, EVENTS / aggregates.length],
    );
    process.stdout.write(`[events-consumer-crash pg-bus] ${EVENTS} events, ${kills} SIGKILLs mid-transaction, ${starts} consumer processes; side effects ${totals.effects}, max per event ${totals.maxPerEvent}, aggregates at last version ${final[0]?.n}/${aggregates.length}\n`);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(totals).toEqual({ effects: EVENTS, distinctEvents: EVENTS, maxPerEvent: 1 });
    expect(final).toEqual([{ n: aggregates.length }]);
  }, 180_000); // 21 child processes of ~0.7 s start-up each, slower while the rest of the suite runs beside it
});
