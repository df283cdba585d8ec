import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit_event`: the audit log (DESIGN.md "Access model"), append-only and range-partitioned
 * by month on `occurred_at` (UTC month boundaries, one table `audit_event_YYYY_MM` each).
 *
 * - Append-only at the database level: a row trigger (cloned onto every partition) raises on
 *   UPDATE and DELETE, and a statement trigger raises on TRUNCATE of the parent. Retention is
 *   `DETACH PARTITION` + `DROP TABLE audit_event_YYYY_MM` by an operator: the only way rows leave.
 * - `audit_event_ensure_partitions(from, monthsAhead)` creates the month of `from` and the
 *   following ones when missing (idempotent, safe when two gateways race). The gateway calls it
 *   at boot, daily, and when an insert finds no partition. No DEFAULT partition: it would
 *   block creating the month it had caught rows for.
 * - `action` is "C"-collated so that the action-prefix filter is a btree range.
 */
export class CreateAuditEvent1796200000200 implements MigrationInterface {
  name = 'CreateAuditEvent1796200000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL,
        actor_id uuid NULL,
        actor_name text NULL,
        actor_org_id uuid NULL,
        action text COLLATE "C" NOT NULL,
        target_type text NULL,
        target_id text NULL,
        target_owner_org_id uuid NULL,
        outcome text NOT NULL CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('success', 'denied', 'failed')),
        http_method text NULL,
        http_route text NULL,
        status_code smallint NULL,
        client_address text NULL,
        user_agent text NULL,
        correlation_id text NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT audit_event_pkey PRIMARY KEY (occurred_at, id)
      ) PARTITION BY RANGE (occurred_at)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_actor_org_idx ON audit_event (actor_org_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_owner_org_idx ON audit_event (target_owner_org_id, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused); retention drops whole month partitions', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`
      CREATE FUNCTION audit_event_ensure_partitions(from_day date, months_ahead int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        month_start date;
        part text;
        made int := 0;
      BEGIN
        FOR i IN 0..months_ahead LOOP
          month_start := (date_trunc('month', from_day) + make_interval(months => i))::date;
          part := 'audit_event_' || to_char(month_start, 'YYYY_MM');
          CONTINUE WHEN to_regclass(part) IS NOT NULL;
          BEGIN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
              part, month_start::text || ' 00:00:00+00', (month_start + interval '1 month')::date::text || ' 00:00:00+00');
            made := made + 1;
          EXCEPTION WHEN duplicate_table THEN
            NULL; -- another gateway made it first
          END;
        END LOOP;
        RETURN made;
      END $$`);
    await q.query(`SELECT audit_event_ensure_partitions((now() AT TIME ZONE 'UTC')::date, 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_ensure_partitions(date, int)`);
    await q.query(`DROP FUNCTION audit_event_refuse_change()`);
  }
}
