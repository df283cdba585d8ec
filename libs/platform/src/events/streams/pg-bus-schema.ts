import type { PoolClient } from 'pg';
import { advisoryLockKey } from '../../database/run-migrations';

/** NOTIFY channel of the bus; the payload is the source whose stream grew. */
export const BUS_CHANNEL = 'lienthong_bus';

/**
 * The `bus` schema in the one shared bus database (standalone mode: `lienthong_bus`). No
 * service owns it, so it is created here, idempotently, under an advisory lock.
 *  - `bus.event`: append-only; `position` is global, but writers of one source serialise on
 *    a per-source lock, so within a source positions become visible in order (no gaps a
 *    reader could skip); `id` is UNIQUE, so a re-published event is a no-op.
 *  - `bus.cursor`: per (group, source) the last position handled, and how many times the
 *    event after it has failed (the delivery attempt count survives a restart).
 *  - `bus.terminated`: what a group's runner gave up on (the runner keeps the dead letter).
 */
export async function ensureBusSchema(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryLockKey('bus:schema')]);
    await client.query('CREATE SCHEMA IF NOT EXISTS bus');
    await client.query(`
      CREATE TABLE IF NOT EXISTS bus.event (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        source text NOT NULL,
        type text NOT NULL,
        envelope jsonb NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await client.query('CREATE INDEX IF NOT EXISTS event_source_position ON bus.event (source, position)');
    await client.query(`
      CREATE TABLE IF NOT EXISTS bus.cursor (
        group_name text NOT NULL,
        source text NOT NULL,
        position bigint NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_name, source)
      )`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS bus.terminated (
        group_name text NOT NULL,
        source text NOT NULL,
        position bigint NOT NULL,
        event_id uuid NOT NULL,
        terminated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_name, source, position)
      )`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
