import { DATA_SOURCE, LOGGER, uuidv7, type Logger } from '@lienthong/platform';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AuditEntry, AuditRow } from './audit-entry';
import { ensureAuditPartitions, isMissingPartitionError } from './audit-partitions';
import { sanitizeDetails } from './sanitize-details';

/** Flush when this many rows wait, or this long after the first one arrived. */
export const AUDIT_BATCH_ROWS = 100;
export const AUDIT_FLUSH_MS = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
const USER_AGENT_CHARS = 256;
const COLUMNS = 18;

/**
 * The audit log's only writer. `record()` is synchronous and cheap: the row is buffered and
 * written in a multi-row INSERT at most ~200 ms later (or at 100 rows), and on shutdown.
 *
 * Trade-off (vs. writing in the request's transaction): the gateway has no transaction with
 * the services it calls, so an in-request insert would add a round trip to every mutation
 * without making the audit atomic with the change. The cost of buffering: rows waiting at a
 * crash (≤ 200 ms worth) are lost. A failed insert is never silent: each row is logged at
 * error level with its correlation id and content (details are already sanitized).
 *
 * Partitions: made at boot for this month and the next two, daily after that, and on demand
 * when an insert finds no partition (then retried once).
 */
@Injectable()
export class AuditLog implements OnModuleInit, OnApplicationShutdown {
  private buffer: AuditRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private daily: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.ensurePartitions();
    this.daily = setInterval(() => void this.ensurePartitions(), DAY_MS);
    this.daily.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.daily) clearInterval(this.daily);
    await this.flush();
  }

  /** Buffers one entry (sanitized now, so the caller may reuse its objects). */
  record(entry: AuditEntry): void {
    this.buffer.push({ id: uuidv7(), occurredAt: entry.occurredAt ?? new Date(), entry, details: sanitizeDetails(entry.details) });
    if (this.buffer.length >= AUDIT_BATCH_ROWS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), AUDIT_FLUSH_MS);
  }

  /** Writes everything buffered so far; resolves when it is in the database (or logged as lost). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    this.writing = this.writing.then(() => (rows.length ? this.write(rows) : undefined));
    return this.writing;
  }

  private async write(rows: AuditRow[]): Promise<void> {
    try {
      await this.insert(rows);
    } catch (error) {
      if (isMissingPartitionError(error)) {
        try {
          const oldest = rows.reduce((min, r) => (r.occurredAt < min ? r.occurredAt : min), rows[0].occurredAt);
          await ensureAuditPartitions(this.dataSource, oldest, monthsBetween(oldest, new Date()) + 1);
          await this.insert(rows);
          return;
        } catch (retryError) {
          this.lost(rows, retryError);
          return;
        }
      }
      await this.oneByOne(rows, error);
    }
  }

  /** One bad row must not take its batch with it: retry each alone, log those that still fail. */
  private async oneByOne(rows: AuditRow[], error: unknown): Promise<void> {
    if (rows.length === 1) return this.lost(rows, error);
    for (const row of rows) {
      try {
        await this.insert([row]);
      } catch (rowError) {
        this.lost([row], rowError);
      }
    }
  }

  private async insert(rows: AuditRow[]): Promise<void> {
    const values: unknown[] = [];
    const tuples = rows.map((row, i) => {
      values.push(...rowValues(row));
      const base = i * COLUMNS;
      return `(${Array.from({ length: COLUMNS }, (_, c) => `$${base + c + 1}`).join(', ')})`;
    });
    await this.dataSource.query(
      `INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, actor_org_id, action, target_type, target_id,
         target_owner_org_id, outcome, http_method, http_route, status_code, client_address, user_agent, correlation_id, details)
       VALUES ${tuples.join(', ')}`,
      values,
    );
  }

  private lost(rows: AuditRow[], error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    for (const row of rows) {
      this.logger.error('Audit event not written', {
        correlationId: row.entry.correlationId ?? undefined,
        auditId: row.id,
        action: row.entry.action,
        outcome: row.entry.outcome,
        actorId: row.entry.actor.id ?? undefined,
        targetId: row.entry.target?.id ?? undefined,
        occurredAt: row.occurredAt.toISOString(),
        error: reason,
      });
    }
  }

  private async ensurePartitions(): Promise<void> {
    try {
      await ensureAuditPartitions(this.dataSource);
    } catch (error) {
      this.logger.error('Audit partitions not created', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

function rowValues({ id, occurredAt, entry, details }: AuditRow): unknown[] {
  const { actor, target, http } = entry;
  return [
    id,
    occurredAt,
    actor.type,
    uuidOrNull(actor.id),
    actor.name ?? null,
    uuidOrNull(actor.orgId),
    entry.action,
    target?.type ?? null,
    target?.id ?? null,
    uuidOrNull(target?.ownerOrgId),
    entry.outcome,
    http?.method ?? null,
    http?.route ?? null,
    http?.statusCode ?? null,
    http?.clientAddress ?? null,
    http?.userAgent ? http.userAgent.slice(0, USER_AGENT_CHARS) : null,
    entry.correlationId ?? null,
    JSON.stringify(details),
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The uuid columns take only uuids: anything else (a system actor's name) is kept out of them. */
function uuidOrNull(value: string | null | undefined): string | null {
  return value && UUID.test(value) ? value : null;
}

function monthsBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth());
}
