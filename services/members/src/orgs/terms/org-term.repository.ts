import type { OrgTermDto } from '@lienthong/contracts';
import { DATA_SOURCE, DomainError, requestContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

const COLUMNS = `t.id, t.org_id AS "orgId", t.number, t.label, to_char(t.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(t.end_date, 'YYYY-MM-DD') AS "endDate", t.version, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

interface TermRow extends Omit<OrgTermDto, 'createdAt' | 'updatedAt'> {
  createdAt: Date;
  updatedAt: Date;
}

export interface NewTerm {
  id: string;
  orgId: string;
  number: number;
  label: string;
  startDate: string;
  endDate: string | null;
}

/** `org_term`. Overlaps are refused by the exclusion constraint too, so a race cannot slip past the check. */
@Injectable()
export class OrgTermRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async listOf(orgId: string): Promise<OrgTermDto[]> {
    const rows: TermRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM org_term t WHERE t.org_id = $1 ORDER BY t.start_date DESC`, [orgId]);
    return rows.map(toTermDto);
  }

  async inForceOn(orgId: string, day: string): Promise<OrgTermDto | null> {
    const rows: TermRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM org_term t WHERE t.org_id = $1 AND t.start_date <= $2::date AND (t.end_date IS NULL OR t.end_date >= $2::date)`,
      [orgId, day],
    );
    return rows[0] ? toTermDto(rows[0]) : null;
  }

  /** The term with its org's path (for the scope check), row-locked for this transaction. */
  async lockWithOrgPath(m: EntityManager, termId: string): Promise<(OrgTermDto & { orgPath: string }) | null> {
    const rows: (TermRow & { orgPath: string })[] = await m.query(
      `SELECT ${COLUMNS}, o.path AS "orgPath" FROM org_term t JOIN org o ON o.id = t.org_id WHERE t.id = $1 FOR UPDATE OF t`,
      [termId],
    );
    return rows[0] ? { ...toTermDto(rows[0]), orgPath: rows[0].orgPath } : null;
  }

  /** The org's open term, row-locked, if it has one. */
  async lockOpenTermOf(m: EntityManager, orgId: string): Promise<OrgTermDto | null> {
    const rows: TermRow[] = await m.query(`SELECT ${COLUMNS} FROM org_term t WHERE t.org_id = $1 AND t.end_date IS NULL FOR UPDATE`, [orgId]);
    return rows[0] ? toTermDto(rows[0]) : null;
  }

  async overlaps(m: EntityManager, orgId: string, startDate: string, endDate: string | null): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM org_term WHERE org_id = $1 AND daterange(start_date, end_date, '[]') && daterange($2::date, $3::date, '[]') LIMIT 1`,
      [orgId, startDate, endDate],
    );
    return rows.length > 0;
  }

  async numberTaken(m: EntityManager, orgId: string, number: number): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM org_term WHERE org_id = $1 AND number = $2`, [orgId, number]);
    return rows.length > 0;
  }

  async insert(m: EntityManager, term: NewTerm): Promise<OrgTermDto> {
    await translateOverlap(
      m.query(`INSERT INTO org_term (id, org_id, number, label, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6)`, [
        term.id,
        term.orgId,
        term.number,
        term.label,
        term.startDate,
        term.endDate,
      ]),
    );
    return this.get(m, term.id);
  }

  async close(m: EntityManager, termId: string, endDate: string): Promise<OrgTermDto> {
    await translateOverlap(m.query(`UPDATE org_term SET end_date = $2, version = version + 1, updated_at = now() WHERE id = $1`, [termId, endDate]));
    return this.get(m, termId);
  }

  private async get(m: EntityManager, id: string): Promise<OrgTermDto> {
    const rows: TermRow[] = await m.query(`SELECT ${COLUMNS} FROM org_term t WHERE t.id = $1`, [id]);
    return toTermDto(rows[0]);
  }
}

function toTermDto(row: TermRow): OrgTermDto {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Two officers opening overlapping terms at once: the constraint decides, the loser gets the same answer as the check. */
async function translateOverlap<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
    if (driverError?.code === '23P01' || (driverError?.code === '23505' && driverError.constraint === 'org_term_number_uq')) {
      throw DomainError.localized('MEMBERS.ORG_TERM_OVERLAP', requestContext.current()?.language ?? 'en');
    }
    throw error;
  }
}
