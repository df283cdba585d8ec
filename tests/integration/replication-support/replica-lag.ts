import { Client } from 'pg';

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export interface LagFigures {
  events: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** End-to-end lag per event: the replica's inbox `applied_at` minus members' outbox `occurred_at`. */
export async function replicaLag(membersUrl: string, replicaUrl: string, group: string): Promise<LagFigures> {
  const occurred = new Map(
    (await query<{ id: string; at: Date }>(membersUrl, `SELECT id, occurred_at AS at FROM outbox`)).map((r) => [r.id, r.at.getTime()]),
  );
  const applied = await query<{ id: string; at: Date }>(replicaUrl, `SELECT event_id AS id, applied_at AS at FROM inbox WHERE consumer_group = '${group}'`);
  const lags = applied.flatMap((r) => (occurred.has(r.id) ? [r.at.getTime() - (occurred.get(r.id) as number)] : [])).sort((a, b) => a - b);
  const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? 0;
  return { events: lags.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: lags[lags.length - 1] ?? 0 };
}
