import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5 §4: the change feed (`change_log`, one row per public fact, seq = commit order) and
 * signed webhooks (`webhook`, `webhook_delivery`). Gives the system administrator role the new
 * `webhooks:manage` permission (a fresh database seeds it from BUILT_IN_ROLES already).
 */
export class CreateChangeLogAndWebhooks1796500000000 implements MigrationInterface {
  name = 'CreateChangeLogAndWebhooks1796500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE change_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        record_id text NOT NULL,
        version integer NOT NULL,
        action text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        owner_org_id uuid,
        -- The owner's id path when the change happened, and before it for a move or a transfer:
        -- who may see the item (scope root's path is a prefix of either).
        owner_path text COLLATE "C",
        previous_owner_path text COLLATE "C"
      )`);
    await runner.query('CREATE INDEX change_log_recorded_at_idx ON change_log (recorded_at)');
    await runner.query('CREATE INDEX change_log_record_idx ON change_log (type, record_id, seq)');
    // What the retention purge has removed: a cursor at or below it answers 410.
    await runner.query(`CREATE TABLE change_log_horizon (id boolean PRIMARY KEY DEFAULT true CHECK (id), purged_through bigint NOT NULL)`);
    await runner.query('INSERT INTO change_log_horizon (purged_through) VALUES (0)');
    await runner.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY,
        owner_kind text NOT NULL CHECK (owner_kind IN ('user', 'client')),
        owner_id uuid NOT NULL,
        -- The owner's scope root when registered (null = whole tree); re-read from the owner at delivery.
        scope_org_id uuid,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        disabled_at timestamptz,
        disabled_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz,
        -- Fan-out position in change_log: every seq at or below it has its deliveries.
        last_seq bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query('CREATE INDEX webhook_owner_idx ON webhook (owner_kind, owner_id, id)');
    await runner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
        change_seq bigint NOT NULL,
        event text NOT NULL,
        record_key text NOT NULL,
        record_version integer NOT NULL,
        body text NOT NULL,
        -- The change's owner paths, re-checked against the owner's scope when it is sent.
        owner_path text COLLATE "C",
        previous_owner_path text COLLATE "C",
        replay_of uuid,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'abandoned', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_status_code integer,
        last_error text,
        last_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await runner.query('CREATE UNIQUE INDEX webhook_delivery_change_uq ON webhook_delivery (webhook_id, change_seq) WHERE replay_of IS NULL');
    await runner.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX webhook_delivery_record_idx ON webhook_delivery (webhook_id, record_key, record_version) WHERE status = 'pending'`);
    await runner.query('CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, id)');
    await runner.query(`INSERT INTO role_permission (role_code, permission) SELECT code, 'webhooks:manage' FROM role WHERE code = 'admin' ON CONFLICT DO NOTHING`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM role_permission WHERE permission = 'webhooks:manage'`);
    await runner.query('DROP TABLE webhook_delivery');
    await runner.query('DROP TABLE webhook');
    await runner.query('DROP TABLE change_log_horizon');
    await runner.query('DROP TABLE change_log');
  }
}
