import { Client } from 'pg';
import { deadLetterStore, type DeadLetter, type SqlRunner } from './dead-letter-store';

const USAGE = `usage: node dist/out/libs/platform/src/events/dead-letters/dead-letters.cli.js <service> <command>
  list   [--group G] [--after ID] [--limit N] [--all] [--json]   waiting dead letters (--all: replayed too)
  show   --id ID                                              one dead letter with its envelope (JSON)
  replay --id ID | --group G [--wait SECONDS]                 ask the group's running consumer to replay
                                                              (default wait 30 s; 0 = do not wait)
Database: <SERVICE>_DATABASE_URL, else DATABASE_URL.`;

type Flags = Record<string, string | true>;

function parseFlags(args: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      flags[arg.slice(2)] = next;
      i++;
    } else flags[arg.slice(2)] = true;
  }
  return flags;
}

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  if (value === true) throw new Error(`--${name} needs a value`);
  return value;
}

function line(letter: DeadLetter): string {
  const state = letter.replayedAt ? `replayed ${letter.replayedAt.toISOString()}` : letter.replayRequestedAt ? 'replay requested' : 'waiting';
  return [letter.id, letter.group, letter.eventType, letter.eventId, letter.reason, `attempts=${letter.attempts}`,
    letter.lastFailedAt.toISOString(), state, letter.lastError.slice(0, 160)].join('\t');
}

/**
 * The operator's dead-letter command against one service's database. List and show read the
 * table; replay only marks rows (`replay_requested_at`): the service's running consumer of that
 * group replays them through its handlers within its poll interval, and this waits for the result.
 * Returns the exit code: 0 done, 1 a failure or timeout, 2 bad usage.
 */
export async function runDeadLettersCli(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  const [service, command, ...rest] = argv;
  let flags: Flags;
  try {
    if (!service || !/^[a-z][a-z0-9-]*$/.test(service) || !command) throw new Error('missing <service> or <command>');
    flags = parseFlags(rest);
  } catch (error) {
    out(`dead-letters: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const url = env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`] ?? env['DATABASE_URL'];
  if (!url) {
    out(`dead-letters: set ${service.toUpperCase()}_DATABASE_URL (or DATABASE_URL)`);
    return 2;
  }
  const client = new Client({ connectionString: url, application_name: `lienthong-${service}-dead-letters` });
  await client.connect();
  const sql: SqlRunner = async (statement, params) => (await client.query(statement, params)).rows as Record<string, unknown>[];
  try {
    switch (command) {
      case 'list':
        return await list(sql, flags, out);
      case 'show': {
        const id = text(flags, 'id');
        const letter = id ? await deadLetterStore.get(sql, id) : undefined;
        if (!letter) {
          out(id ? `dead-letters: no dead letter ${id}` : 'dead-letters: show needs --id');
          return id ? 1 : 2;
        }
        out(JSON.stringify(letter, null, 2));
        return 0;
      }
      case 'replay':
        return await replay(sql, flags, out);
      default:
        out(`dead-letters: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    out(`dead-letters: ${(error as Error).message}`);
    return 1;
  } finally {
    await client.end();
  }
}

async function list(sql: SqlRunner, flags: Flags, out: (line: string) => void): Promise<number> {
  const limit = text(flags, 'limit');
  const page = await deadLetterStore.list(sql, {
    group: text(flags, 'group'),
    after: text(flags, 'after'),
    limit: limit ? Number(limit) : undefined,
    includeReplayed: flags['all'] === true,
  });
  if (flags['json'] === true) {
    out(JSON.stringify(page));
    return 0;
  }
  out(['id', 'group', 'type', 'event', 'reason', 'attempts', 'last failed', 'state', 'last error'].join('\t'));
  for (const letter of page.items) out(line(letter));
  out(page.next ? `… more: --after ${page.next}` : `${page.items.length} shown`);
  return 0;
}

async function replay(sql: SqlRunner, flags: Flags, out: (line: string) => void): Promise<number> {
  const id = text(flags, 'id');
  const group = text(flags, 'group');
  if (!id === !group) {
    out('dead-letters: replay needs exactly one of --id or --group');
    return 2;
  }
  const ids = await deadLetterStore.requestReplay(sql, id ? { id } : { group: group as string });
  out(`replay requested for ${ids.length} dead letter(s)${ids.length ? `: ${ids.join(', ')}` : ''}`);
  const waitMs = Number(text(flags, 'wait') ?? '30') * 1000;
  if (ids.length === 0 || !(waitMs > 0)) return ids.length === 0 && id ? 1 : 0;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const rows = await sql(
      `SELECT id::text AS id, replayed_at, replay_requested_at, last_error FROM dead_letter WHERE id = ANY($1::bigint[])`,
      [ids],
    );
    const open = rows.filter((row) => row['replayed_at'] === null && row['replay_requested_at'] !== null);
    if (open.length === 0 || Date.now() > deadline) {
      for (const row of rows) {
        const outcome = row['replayed_at'] ? 'replayed' : row['replay_requested_at'] ? 'still waiting (is the service running?)' : `failed again: ${String(row['last_error'])}`;
        out(`${String(row['id'])}\t${outcome}`);
      }
      return rows.every((row) => row['replayed_at'] !== null) ? 0 : 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

if (require.main === module) {
  void runDeadLettersCli(process.argv.slice(2), process.env, (l) => process.stdout.write(`${l}\n`)).then((code) => process.exit(code));
}
