import type { ActorRef, CalendarOverrideDto, CalendarOverrideKind } from '@lienthong/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

interface OverrideRow {
  date: string;
  kind: CalendarOverrideKind;
  name_vi: string;
  source: string;
  created_by: ActorRef;
  created_at: Date;
  updated_by: ActorRef;
  updated_at: Date;
  version: number;
}

const COLUMNS = `to_char(date, 'YYYY-MM-DD') AS date, kind, name_vi, source, created_by, created_at, updated_by, updated_at, version`;

function toDto(row: OverrideRow): CalendarOverrideDto {
  return {
    date: row.date,
    kind: row.kind,
    nameVi: row.name_vi,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** UPDATE/DELETE … RETURNING answer `[rows, count]` on the postgres driver; INSERT answers the rows. */
function returned<T = unknown>(raw: unknown): T[] {
  const list = raw as unknown[];
  return (Array.isArray(list[0]) ? list[0] : list) as T[];
}

export interface OverrideInput {
  date: string;
  kind: CalendarOverrideKind;
  nameVi: string;
  source: string;
}

/** Table `calendar_override`: one row per date (a few dozen a year), read whole. */
@Injectable()
export class CalendarOverrideRepository {
  async list(m: EntityManager): Promise<CalendarOverrideDto[]> {
    const rows: OverrideRow[] = await m.query(`SELECT ${COLUMNS} FROM calendar_override ORDER BY date`);
    return rows.map(toDto);
  }

  async find(m: EntityManager, date: string, lock = false): Promise<CalendarOverrideDto | null> {
    const rows: OverrideRow[] = await m.query(`SELECT ${COLUMNS} FROM calendar_override WHERE date = $1${lock ? ' FOR UPDATE' : ''}`, [date]);
    return rows[0] ? toDto(rows[0]) : null;
  }

  /** A new override; null when the date has one already (then it is replaced with If-Match). */
  async insert(m: EntityManager, input: OverrideInput, actor: ActorRef): Promise<CalendarOverrideDto | null> {
    const rows: OverrideRow[] = await m.query(
      `INSERT INTO calendar_override (date, kind, name_vi, source, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $5::jsonb)
       ON CONFLICT (date) DO NOTHING
       RETURNING ${COLUMNS}`,
      [input.date, input.kind, input.nameVi, input.source, JSON.stringify(actor)],
    );
    return rows[0] ? toDto(rows[0]) : null;
  }

  /** Replaces the override at `expectedVersion`; null when it is gone or was changed since. */
  async replace(m: EntityManager, input: OverrideInput, expectedVersion: number, actor: ActorRef): Promise<CalendarOverrideDto | null> {
    const rows = returned<OverrideRow>(await m.query(
      `UPDATE calendar_override SET kind = $2, name_vi = $3, source = $4, updated_by = $5::jsonb, updated_at = clock_timestamp(), version = version + 1
       WHERE date = $1 AND version = $6
       RETURNING ${COLUMNS}`,
      [input.date, input.kind, input.nameVi, input.source, JSON.stringify(actor), expectedVersion],
    ));
    return rows[0] ? toDto(rows[0]) : null;
  }

  /** Removes the override at `expectedVersion`; false when it is gone or was changed since. */
  async delete(m: EntityManager, date: string, expectedVersion: number): Promise<boolean> {
    const rows = returned(await m.query(`DELETE FROM calendar_override WHERE date = $1 AND version = $2 RETURNING date`, [date, expectedVersion]));
    return rows.length > 0;
  }
}
