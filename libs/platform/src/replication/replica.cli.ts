import { Client } from 'pg';
import { replicaWatermarks, type ReplicaSql, type ReplicaWatermark } from './replica-watermark-store';

const USAGE = `usage: node dist/out/libs/platform/src/replication/replica.cli.js <service> <command>
  status  [--json]                              every replica of the service: watermark, lag, snapshot, last check
  rebuild --replica NAME [--wait SECONDS]       ask the service's running replica to rebuild from a snapshot
                                                (truncate + snapshot + resume; default wait 60 s; 0 = do not wait)
Database: <SERVICE>_DATABASE_URL, else DATABASE_URL.`;

function flag(args: string[], name: string): string | true | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const next = args[i + 1];
  return next !== undefined && !next.startsWith('--') ? next : true;
}

function line(w: ReplicaWatermark, now: number): string {
  const lag = w.lastOccurredAt ? `${((now - w.lastOccurredAt.getTime()) / 1000).toFixed(1)} s` : '-';
  const check = w.checkResult as { equal?: boolean } | null;
  return [
    w.replica,
    w.source,
    `applied=${w.appliedCount}`,
    `last=${w.lastOccurredAt?.toISOString() ?? '-'}`,
    `lag=${lag}`,
    `snapshot=${w.snapshotTakenAt?.toISOString() ?? 'never'} (${w.snapshotRows ?? 0} rows)`,
    `check=${w.checkedAt ? `${check?.equal ? 'equal' : 'UNEQUAL'} at ${w.checkedAt.toISOString()}` : 'never'}`,
    w.rebuildRequestedAt ? 'rebuild requested' : '',
  ].join('\t');
}

/**
 * The operator's replica command against one service's database (like `dead-letters`): status
 * reads the watermark table; rebuild only marks the row, and the service's running replica
 * (polling every few seconds) stops its consumer, reloads the snapshot and resumes. This waits
 * for `rebuilt_at` to move. Returns the exit code: 0 done, 1 failure or timeout, 2 bad usage.
 */
export async function runReplicaCli(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  const [service, command, ...rest] = argv;
  if (!service || !/^[a-z][a-z0-9-]*$/.test(service) || !command) {
    out(`replica: missing <service> or <command>\n${USAGE}`);
    return 2;
  }
  const url = env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`] ?? env['DATABASE_URL'];
  if (!url) {
    out(`replica: set ${service.toUpperCase()}_DATABASE_URL (or DATABASE_URL)`);
    return 2;
  }
  const client = new Client({ connectionString: url, application_name: `lienthong-${service}-replica-cli` });
  await client.connect();
  const sql: ReplicaSql = { query: async (statement, params) => (await client.query(statement, params)).rows as unknown[] };
  try {
    if (command === 'status') {
      const all = await replicaWatermarks.list(sql);
      if (flag(rest, 'json') === true) out(JSON.stringify(all));
      else for (const w of all) out(line(w, Date.now()));
      return 0;
    }
    if (command === 'rebuild') return await rebuild(sql, rest, out);
    out(`replica: unknown command "${command}"\n${USAGE}`);
    return 2;
  } catch (error) {
    out(`replica: ${(error as Error).message}`);
    return 1;
  } finally {
    await client.end();
  }
}

async function rebuild(sql: ReplicaSql, args: string[], out: (line: string) => void): Promise<number> {
  const replica = flag(args, 'replica');
  if (typeof replica !== 'string') {
    out(`replica: rebuild needs --replica NAME\n${USAGE}`);
    return 2;
  }
  const before = await replicaWatermarks.get(sql, replica);
  if (!before || !(await replicaWatermarks.requestRebuild(sql, replica))) {
    out(`replica: no replica "${replica}" in this database`);
    return 1;
  }
  out(`rebuild of ${replica} requested`);
  const wait = flag(args, 'wait');
  const waitMs = Number(typeof wait === 'string' ? wait : '60') * 1000;
  if (!(waitMs > 0)) return 0;
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await replicaWatermarks.get(sql, replica);
    if (now && now.rebuildRequestedAt === null && now.rebuiltAt && now.rebuiltAt.getTime() !== before.rebuiltAt?.getTime()) {
      out(`rebuilt: ${now.snapshotRows ?? 0} rows, snapshot taken ${now.snapshotTakenAt?.toISOString() ?? '?'}`);
      return 0;
    }
  }
  out('still waiting (is the service running?)');
  return 1;
}

if (require.main === module) {
  void runReplicaCli(process.argv.slice(2), process.env, (l) => process.stdout.write(`${l}\n`)).then((code) => process.exit(code));
}
